/**
 * Events in sorted typed arrays, so that finding what is in view costs a binary search,
 * not a pass over every event: what keeps 100,000 events at one frame per zoom step.
 */
import type { TimelineEvent } from '../data/types';
import type { EventColumns } from '../data/event-columns';
import { UNCATEGORISED } from './categories';

export interface EventIndex {
  /** The events, sorted by start (validation sorts them). */
  events: readonly TimelineEvent[];
  starts: Float64Array;
  ends: Float64Array;
  /** The longest span: how far before a window an event can start and still reach into it. */
  longest: number;
  /** From the first start to the last end, or null when there are no events. */
  extent: [number, number] | null;
  /** Each event's category as a number, into `categoryNames`: counting by category reads no strings. */
  categories: Uint16Array;
  /** The categories in order of first appearance (by start); events without one are `UNCATEGORISED`. */
  categoryNames: string[];
}

/**
 * The index of `events`. Given the columns of the events they were drawn from (the timeline's
 * validated events, in order, perhaps filtered), it copies the numbers from there rather than
 * reading every event again.
 */
export function indexEvents(events: readonly TimelineEvent[], from?: EventColumns): EventIndex {
  return (from && indexFromColumns(events, from)) ?? indexByReading(events);
}

function indexByReading(events: readonly TimelineEvent[]): EventIndex {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  let longest = 0;
  let last = -Infinity;
  let sorted = true;
  const categories = new Uint16Array(events.length);
  const names: string[] = [];
  const codes = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const { start, end } = event.span;
    const category = event.category ?? UNCATEGORISED;
    // A dataset has a handful of categories: a scan of them beats hashing 100,000 strings.
    let code = names.length <= 16 ? names.indexOf(category) : (codes.get(category) ?? -1);
    if (code === -1) {
      // Past 65,535 categories the rest share the last code; no key could show them apart anyway.
      code = Math.min(names.length, 0xffff);
      if (code === names.length) {
        names.push(category);
        codes.set(category, code);
      }
    }
    categories[i] = code;
    starts[i] = start;
    ends[i] = end;
    if (end - start > longest) longest = end - start;
    if (end > last) last = end;
    if (i > 0 && start < starts[i - 1]!) sorted = false;
  }
  if (!sorted) return indexByReading([...events].sort((a, b) => a.span.start - b.span.start));
  return {
    events,
    starts,
    ends,
    longest,
    extent: events.length > 0 ? [starts[0]!, last] : null,
    categories,
    categoryNames: names,
  };
}

/**
 * The index taken from the columns of the events `events` were drawn from: null unless `events`
 * are some of those, in the same order, and in time order. Gives exactly what reading them would.
 */
function indexFromColumns(events: readonly TimelineEvent[], columns: EventColumns): EventIndex | null {
  const { events: all, starts: allStarts, ends: allEnds, categories: allCategories } = columns;
  const n = events.length;
  if (n === all.length) {
    const whole = wholeIndex(events, columns);
    if (whole) return whole;
  }
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const categories = new Uint16Array(n);
  const names: string[] = [];
  const codes = new Map<string, number>();
  // Each category number of the columns, as a code of this index (-1 until met).
  const recoded = new Int32Array(columns.categoryNames.length).fill(-1);
  let longest = 0;
  let last = -Infinity;
  // Where in the columns `events[i]` is: a walk that only compares references.
  let at = 0;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    while (at < all.length && all[at] !== event) at++;
    if (at === all.length) return null;
    const start = allStarts[at]!;
    const end = allEnds[at]!;
    if (i > 0 && start < starts[i - 1]!) return null;
    const column = allCategories[at]!;
    let code = recoded[column]!;
    if (code === -1) {
      // As indexByReading numbers them: events without a category share UNCATEGORISED's code.
      const category = columns.categoryNames[column] ?? UNCATEGORISED;
      code = codes.get(category) ?? -1;
      if (code === -1) {
        code = Math.min(names.length, 0xffff);
        if (code === names.length) {
          names.push(category);
          codes.set(category, code);
        }
      }
      recoded[column] = code;
    }
    categories[i] = code;
    starts[i] = start;
    ends[i] = end;
    if (end - start > longest) longest = end - start;
    if (end > last) last = end;
    at++;
  }
  return {
    events,
    starts,
    ends,
    longest,
    extent: n > 0 ? [starts[0]!, last] : null,
    categories,
    categoryNames: names,
  };
}

/**
 * The index of all the events the columns describe (nothing filtered out): their columns as they
 * are. Null unless `events` are the columns' own, in time order, with categories that keep their
 * numbers (no unstated category beside one named like UNCATEGORISED).
 */
function wholeIndex(events: readonly TimelineEvent[], columns: EventColumns): EventIndex | null {
  const { events: all, starts, ends } = columns;
  for (let i = 0; i < events.length; i++) {
    if (events[i] !== all[i] || (i > 0 && starts[i]! < starts[i - 1]!)) return null;
  }
  const names = columns.categoryNames.map((name) => name ?? UNCATEGORISED);
  if (names.length > 0x10000 || new Set(names).size < names.length) return null;
  return {
    events,
    starts: starts.slice(),
    ends: ends.slice(),
    longest: columns.longest,
    extent: columns.extent && [columns.extent[0], columns.extent[1]],
    categories: new Uint16Array(columns.categories),
    categoryNames: names,
  };
}

/** The first position whose value is >= `value` (or the length). */
export function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions (in start order) of the events whose span overlaps the window [start, end).
 * Only events starting between `start - longest` and `end` are looked at.
 */
export function positionsInWindow(index: EventIndex, window: readonly [number, number]): Int32Array {
  const [start, end] = window;
  const from = lowerBound(index.starts, start - index.longest);
  const to = lowerBound(index.starts, end);
  const found = new Int32Array(Math.max(0, to - from));
  let n = 0;
  for (let i = from; i < to; i++) if (index.ends[i]! > start) found[n++] = i;
  return found.subarray(0, n);
}
