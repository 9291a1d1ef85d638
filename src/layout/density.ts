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
 * Counts the events at `positions` into columns `binWidth` px wide between `left` and `right`, where
 * `left` is the window's start and `right` its end (a UTC time scale is linear in milliseconds).
 * An event counts once, in the column of its middle (clamped into the plot), so counts are conserved.
 */
export function densityBins(
  index: EventIndex,
  positions: ArrayLike<number>,
  window: readonly [number, number],
  left: number,
  right: number,
  binWidth = 4,
): Density {
  const columns = Math.max(1, Math.ceil((right - left) / binWidth));
  // Columns per millisecond, so that placing an event is arithmetic. A scale function passed in, a
  // new closure for every window, was one reason V8 threw the loop's optimised code away on the
  // next zoom step (countColumns says what that cost).
  const from = window[0];
  const perMs = (right - left) / (window[1] - from || 1) / binWidth;
  const tally = countColumns(index, positions, from, perMs, columns);
  const { counts, first, perCategory } = tally;
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
  return { bins, categories: tally.names, peak, total: positions.length };
}

/** What densityBins counts: per column, in all and per category, and each column's first event. */
interface Tally {
  counts: Uint32Array;
  first: Int32Array;
  /** The categories in order of first appearance in view, and their counts per column. */
  names: string[];
  perCategory: Uint32Array[];
  /** Each of the index's category codes as a number into `names`, or -1 before it is met. */
  order: Int32Array;
}

/**
 * The loop of densityBins, a function of its own with nothing after the loop: V8 then optimises it
 * once, early, and keeps it from one zoom step to the next. Inside densityBins, the code after the
 * loop had not run when V8 optimised the loop during the first draw, and its optimised code was
 * thrown away on the first zoom step and made again while the loop ran: that step took 21-34 ms at
 * 100,000 events, and takes 7-12 ms now.
 */
function countColumns(
  index: EventIndex,
  positions: ArrayLike<number>,
  from: number,
  perMs: number,
  columns: number,
): Tally {
  const tally: Tally = {
    counts: new Uint32Array(columns),
    first: new Int32Array(columns).fill(-1),
    names: [],
    perCategory: [],
    // Category codes from the index, renumbered in order of first appearance in view, as the key lists them.
    order: new Int32Array(index.categoryNames.length).fill(-1),
  };
  const { counts, first, order, perCategory } = tally;
  const { starts, ends, categories } = index;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    const middle = (starts[i]! + ends[i]!) / 2;
    const column = Math.min(columns - 1, Math.max(0, Math.floor((middle - from) * perMs)));
    const code = categories[i]!;
    let c = order[code]!;
    if (c === -1) c = firstOfCategory(tally, index.categoryNames[code]!, code, columns);
    counts[column]!++;
    perCategory[c]![column]!++;
    if (first[column] === -1) first[column] = i;
  }
  return tally;
}

function firstOfCategory(tally: Tally, name: string, code: number, columns: number): number {
  tally.order[code] = tally.names.length;
  tally.perCategory.push(new Uint32Array(columns));
  return tally.names.push(name) - 1;
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
