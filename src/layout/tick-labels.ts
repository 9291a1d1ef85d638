/** Keeps axis labels apart: labels that would collide are left out, never drawn over each other. */

export interface TickLabelPlacement {
  /** Centre of the label, moved inside the bounds where it would stick out. */
  x: number;
  shown: boolean;
}

/**
 * Given tick positions and measured label widths (same order: time order, which runs left to
 * right, or right to left in a mirrored timeline), moves edge labels inside `[left, right]`
 * and hides any label that would come closer than `gap` to the last one shown.
 */
export function placeTickLabels(
  positions: readonly number[],
  widths: readonly number[],
  bounds: readonly [number, number],
  gap = 8,
): TickLabelPlacement[] {
  const [left, right] = bounds;
  let last: { x: number; width: number } | null = null;
  return positions.map((position, i) => {
    const width = widths[i] ?? 0;
    const x = Math.min(Math.max(position, left + width / 2), right - width / 2);
    // Whichever way time runs, a label is shown when it keeps clear of the last one shown.
    const clear = last === null || Math.abs(x - last.x) >= (width + last.width) / 2 + gap;
    const shown = clear && width <= right - left;
    if (shown) last = { x, width };
    return { x, shown };
  });
}
