/**
 * Aggregation for when there are more events in view than marks a reader can tell apart:
 * events are counted per pixel column, per category, and drawn as a density band.
 */
import { lowerBound, type EventIndex } from './event-index';

export interface DensityBin {
  /** Left and right edge in px. */
  x0: number;
  x1: number;
  /** Events whose mark falls in this column. */
  count: number;
  /** Count per category, in the order of `categories`. */
  byCategory: number[];
  /** Position (in the index) of the first event in the column, for hit-testing. */
  first: number;
}

export interface Density {
  bins: DensityBin[];
  categories: string[];
  /** The largest count in any bin, for scaling the band. */
  peak: number;
  total: number;
}

/**
 * Counts the events at `positions` into columns `binWidth` px wide between `left` and `right`.
 * An event counts once, in the column of its middle (clamped into the plot), so counts are conserved.
 */
export function densityBins(
  index: EventIndex,
  positions: ArrayLike<number>,
  x: (time: number) => number,
  left: number,
  right: number,
  binWidth = 4,
): Density {
  const columns = Math.max(1, Math.ceil((right - left) / binWidth));
  // Category codes from the index, renumbered in order of first appearance in view, as the key lists them.
  const order = new Int32Array(index.categoryNames.length).fill(-1);
  const names: string[] = [];
  const counts = new Uint32Array(columns);
  const perCategory: Uint32Array[] = [];
  const first = new Int32Array(columns).fill(-1);
  const { starts, ends, categories } = index;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    const middle = (starts[i]! + ends[i]!) / 2;
    const column = Math.min(columns - 1, Math.max(0, Math.floor((x(middle) - left) / binWidth)));
    const code = categories[i]!;
    let c = order[code]!;
    if (c === -1) {
      c = order[code] = names.length;
      names.push(index.categoryNames[code]!);
      perCategory.push(new Uint32Array(columns));
    }
    counts[column]!++;
    perCategory[c]![column]!++;
    if (first[column] === -1) first[column] = i;
  }
  const bins: DensityBin[] = [];
  let peak = 0;
  for (let b = 0; b < columns; b++) {
    const count = counts[b]!;
    if (count === 0) continue;
    peak = Math.max(peak, count);
    bins.push({
      x0: left + b * binWidth,
      x1: Math.min(right, left + (b + 1) * binWidth),
      count,
      byCategory: perCategory.map((p) => p[b]!),
      first: first[b]!,
    });
  }
  return { bins, categories: names, peak, total: positions.length };
}

/**
 * Hit-testing without a DOM node per mark: the position of the event whose middle is nearest
 * to `px`, or null when none lies within `tolerance` px. Binary search narrows the candidates
 * to events starting between `invert(px - tolerance) - longest` and `invert(px + tolerance)`.
 */
export function eventNear(
  index: EventIndex,
  x: (time: number) => number,
  invert: (px: number) => number,
  px: number,
  tolerance = 12,
): number | null {
  const from = lowerBound(index.starts, invert(px - tolerance) - index.longest);
  const to = lowerBound(index.starts, invert(px + tolerance) + 1);
  let best: number | null = null;
  let bestDistance = tolerance;
  for (let i = from; i < to; i++) {
    const distance = Math.abs(x((index.starts[i]! + index.ends[i]!) / 2) - px);
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}
