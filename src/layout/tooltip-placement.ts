/**
 * Where a tooltip goes so that it stays on screen: below its anchor if there is room, else above,
 * shifted sideways to stay inside the bounds. Pure: the component measures, this decides.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TooltipPlacement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/**
 * Places a `size` box next to `anchor`, `gap` px away, inside `bounds` (all in one coordinate
 * system, say the plot's). Prefers below; goes above when only that fits, and otherwise to the
 * side with more room. Horizontally it centres on the anchor and slides to stay in bounds; a box
 * wider than the bounds starts at their left edge.
 */
export function placeTooltip(
  anchor: Rect,
  size: { width: number; height: number },
  bounds: Rect,
  gap = 4,
): TooltipPlacement {
  const roomBelow = bounds.top + bounds.height - (anchor.top + anchor.height + gap);
  const roomAbove = anchor.top - gap - bounds.top;
  const side = roomBelow >= size.height || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - size.height;
  const centred = anchor.left + anchor.width / 2 - size.width / 2;
  const left = Math.max(bounds.left, Math.min(centred, bounds.left + bounds.width - size.width));
  return { left, top, side };
}
