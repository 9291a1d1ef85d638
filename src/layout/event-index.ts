/**
 * Events in sorted typed arrays, so that finding what is in view costs a binary search,
 * not a pass over every event: what keeps 100,000 events at one frame per zoom step.
 */
import type { TimelineEvent, ValidationResult } from '../data/types';
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

export function indexEvents(events: readonly TimelineEvent[]): EventIndex {
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
  if (!sorted) return indexEvents([...events].sort((a, b) => a.span.start - b.span.start));
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

/** Indexes of validation results' events, by result: read-only once made, as the timeline treats them. */
const indexed = new WeakMap<ValidationResult, EventIndex>();

/**
 * `indexEvents(result.events)`, made once per result. The timeline takes its categories, its
 * whole extent and (with nothing filtered out) its index from it: one pass over 100,000 events
 * instead of three.
 */
export function indexValidated(result: ValidationResult | null): EventIndex {
  if (!result) return indexEvents([]);
  let index = indexed.get(result);
  if (index?.events !== result.events) indexed.set(result, (index = indexEvents(result.events)));
  return index;
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
 * Where the event is in the index (0 if it is not there): a binary search of the starts, then past
 * the events that start with it. A map from every id to its place took 60 ms to make for 100,000
 * events, at the first step where marks showed (accessible-name.ts).
 */
export function placeOf(index: EventIndex, event: TimelineEvent): number {
  const { events } = index;
  let at = lowerBound(index.starts, event.span.start);
  while (at < events.length && events[at]!.id !== event.id) at++;
  return at < events.length ? at : 0;
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
