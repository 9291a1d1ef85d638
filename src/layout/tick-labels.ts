/** Keeps axis labels apart: labels that would collide are left out, never drawn over each other. */

export interface TickLabelPlacement {
  /** Centre of the label, moved inside the bounds where it would stick out. */
  x: number;
  shown: boolean;
}

/**
 * Given tick positions and measured label widths (same order, left to right),
 * moves edge labels inside `[left, right]` and hides any label that would come
 * closer than `gap` to the last one shown.
 */
export function placeTickLabels(
  positions: readonly number[],
  widths: readonly number[],
  bounds: readonly [number, number],
  gap = 8,
): TickLabelPlacement[] {
  const [left, right] = bounds;
  let lastRight = -Infinity;
  return positions.map((position, i) => {
    const width = widths[i] ?? 0;
    const x = Math.min(Math.max(position, left + width / 2), right - width / 2);
    const shown = x - width / 2 >= lastRight + gap && width <= right - left;
    if (shown) lastRight = x + width / 2;
    return { x, shown };
  });
}
