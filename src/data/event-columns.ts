/**
 * A validation result's events as columns: their spans and categories in typed arrays, in the
 * events' order. Validation fills them as it reads each event, in the order the events sit in
 * memory; layout, reading 100,000 objects again in time order, would mostly wait on memory.
 *
 * A result is read-only once made, as the timeline treats it: the columns describe its events
 * as validation left them.
 */
import type { TimelineEvent, ValidationResult } from './types';
import { startOrder } from './start-order';

export interface EventColumns {
  /** The events the columns describe. */
  readonly events: readonly TimelineEvent[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Each event's category, as a number into `categoryNames`. */
  readonly categories: Uint32Array;
  /** The categories (`undefined` where none is stated) in order of first appearance. */
  readonly categoryNames: readonly (string | undefined)[];
  /** From the earliest start to the latest end, or null when there are no events. */
  readonly extent: [number, number] | null;
  /** The length of the longest span (0 when there are no events). */
  readonly longest: number;
}

/** Columns by the result they describe; validation leaves its own here. */
const known = new WeakMap<ValidationResult, EventColumns>();

/** The columns of `result`'s events: those validation kept, or else read from the events. */
export function eventColumns(result: ValidationResult | null | undefined): EventColumns {
  if (!result) return columnsOf([]);
  let columns = known.get(result);
  if (columns?.events !== result.events) {
    columns = columnsOf(result.events);
    known.set(result, columns);
  }
  return columns;
}

/** Keeps the columns validation worked out for the result it returns. */
export function rememberColumns(result: ValidationResult, columns: EventColumns): void {
  known.set(result, columns);
}

/** Columns read from the events themselves. */
export function columnsOf(events: readonly TimelineEvent[]): EventColumns {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const categories = new Uint32Array(n);
  const coder = new CategoryCoder();
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    starts[i] = event.span.start;
    ends[i] = event.span.end;
    categories[i] = coder.code(event.category);
    if (ends[i]! - starts[i]! > longest) longest = ends[i]! - starts[i]!;
  }
  const extent = extentOf(starts, ends);
  return { events, starts, ends, categories, categoryNames: coder.names, extent, longest };
}

/**
 * Columns taken event by event, as validation keeps each one, then put in time order: how
 * validation makes the columns it returns its events in.
 */
export class ColumnsInTheMaking {
  private readonly events: TimelineEvent[] = [];
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly categories: Uint32Array;
  private readonly coder = new CategoryCoder();
  private ordered = true;
  private earliest = Infinity;
  private latestStart = -Infinity;
  private latestEnd = -Infinity;
  private longest = 0;

  /** `capacity`: the most events that will be added. */
  constructor(capacity: number) {
    this.starts = new Float64Array(capacity);
    this.ends = new Float64Array(capacity);
    this.categories = new Uint32Array(capacity);
  }

  add(event: TimelineEvent): void {
    const { start, end } = event.span;
    const at = this.events.push(event) - 1;
    this.starts[at] = start;
    this.ends[at] = end;
    this.categories[at] = this.coder.code(event.category);
    if (start < this.latestStart) this.ordered = false;
    else this.latestStart = start;
    if (start < this.earliest) this.earliest = start;
    if (end > this.latestEnd) this.latestEnd = end;
    if (end - start > this.longest) this.longest = end - start;
  }

  /** The events by start, stable (events that start together keep the order they were added in), with their columns. */
  byStart(): EventColumns & { events: TimelineEvent[] } {
    const { events, coder, longest } = this;
    const n = events.length;
    const starts = this.starts.subarray(0, n);
    const ends = this.ends.subarray(0, n);
    const categories = this.categories.subarray(0, n);
    const extent: [number, number] | null = n > 0 ? [this.earliest, this.latestEnd] : null;
    if (this.ordered)
      return { events, starts, ends, categories, categoryNames: coder.names, extent, longest };

    const order = startOrder(starts, this.earliest, this.latestStart);
    const sorted = new Array<TimelineEvent>(n);
    const sortedStarts = new Float64Array(n);
    const sortedEnds = new Float64Array(n);
    const sortedCategories = new Uint32Array(n);
    // Categories are numbered in order of first appearance, which the sort changes.
    const renumbered = new Int32Array(coder.names.length).fill(-1);
    const names: (string | undefined)[] = [];
    for (let i = 0; i < n; i++) {
      const from = order[i]!;
      sorted[i] = events[from]!;
      sortedStarts[i] = starts[from]!;
      sortedEnds[i] = ends[from]!;
      const code = categories[from]!;
      if (renumbered[code] === -1) renumbered[code] = names.push(coder.names[code]) - 1;
      sortedCategories[i] = renumbered[code]!;
    }
    return {
      events: sorted,
      starts: sortedStarts,
      ends: sortedEnds,
      categories: sortedCategories,
      categoryNames: names,
      extent,
      longest,
    };
  }
}

/** Numbers categories in the order they are first met. */
export class CategoryCoder {
  /** The categories met, by number. */
  readonly names: (string | undefined)[] = [];
  private readonly codes = new Map<string | undefined, number>();

  code(category: string | undefined): number {
    // A dataset has a handful of categories: a scan of them beats hashing 100,000 strings.
    const names = this.names;
    if (names.length <= 16) {
      const code = names.indexOf(category);
      if (code !== -1) return code;
    } else {
      const code = this.codes.get(category);
      if (code !== undefined) return code;
    }
    this.codes.set(category, names.length);
    return names.push(category) - 1;
  }
}

/** The smallest window holding every span, or null when there are none. */
export function extentOf(starts: Float64Array, ends: Float64Array): [number, number] | null {
  if (starts.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i]! < start) start = starts[i]!;
    if (ends[i]! > end) end = ends[i]!;
  }
  return [start, end];
}
