/**
 * The data model of a timeline: what a dataset file holds (the `…Input` types)
 * and what validation hands to layout and rendering (`TimelineEvent`).
 */
import type { ProblemCode, ProblemOutcome, ProblemValues } from './problem-codes';

/** How precisely a partial ISO date is known: `2017` → year, `2017-10` → month, `2018-02-13` → day. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * How far a reader can rely on an event.
 * - `confirmed`: established by several independent sources.
 * - `reported`: reported by a credible outlet, not independently confirmed.
 * - `claimed`: asserted by a party to the events (a spokesman, a ministry).
 * - `disputed`: sources disagree about whether or how it happened.
 */
export type Confidence = 'confirmed' | 'reported' | 'claimed' | 'disputed';

export const CONFIDENCES: readonly Confidence[] = ['confirmed', 'reported', 'claimed', 'disputed'];

/** A place an event happened, with optional WGS84 coordinates. */
export interface Place {
  name: string;
  lat?: number;
  lon?: number;
  /** True when the coordinates are only an approximation of the area. */
  approximate?: boolean;
}

/** A published source an event rests on, with the exact sentence it says it in. */
export interface Source {
  publisher: string;
  title?: string;
  /** Only `http:` and `https:` URLs are ever turned into links. */
  url?: string;
  /** Publication date as a partial ISO date. */
  date?: string;
  /** The sentence the event rests on, word for word. */
  quote: string;
  /** What this source says where sources disagree, e.g. "about 250 fighters, about 400 people in all". */
  account?: string;
  /** Where the quote was taken from when it is not the publisher's own words, e.g. a checked fact sheet that summarises the report. */
  via?: string;
}

/** A picture or video that goes with an event. */
export interface Media {
  url?: string;
  caption: string;
  credit?: string;
  alt?: string;
}

/** One event as written in a dataset file. */
export interface TimelineEventInput {
  id: string;
  title: string;
  /** Partial ISO date: `2017`, `2017-10` or `2018-02-13`. */
  start: string;
  /** Partial ISO date, inclusive: an event with `end: "2017-10"` lasts until the end of October. */
  end?: string;
  /** The date is vague ("early February", "late 2017"): drawn as a band with soft edges. */
  approximate?: boolean;
  summary?: string;
  category?: string;
  actors?: string[];
  places?: Place[];
  sources?: Source[];
  confidence?: Confidence;
  media?: Media[];
  /** The title in Arabic, where a faithful translation is known. */
  title_ar?: string;
  /**
   * The date as readers should see it, where the one written from `start` and `end` would say
   * more or less than is known: "Spring 1943", "c. 1500" (TimelineJS's `display_date`).
   */
  dateText?: string;
}

/** A stretch of time drawn behind the events: an era, a phase of a war, a term of office. */
export interface PeriodInput {
  id?: string;
  title: string;
  /** Partial ISO date, as for events. */
  start: string;
  /** Partial ISO date, inclusive. Without it the period is the one `start` names (`2017` → all of 2017). */
  end?: string;
}

/** A period that passed validation, with its span resolved like an event's. */
export interface Period extends PeriodInput {
  id: string;
  span: { start: number; end: number };
}

/** A dataset file: `{ title, events }`. A bare array of events is accepted too. */
export interface TimelineDatasetInput {
  title?: string;
  description?: string;
  events: TimelineEventInput[];
  /** Eras and phases drawn as background bands behind the events. */
  periods?: PeriodInput[];
}

/** The shape an event is drawn with. */
export type EventKind = 'point' | 'range' | 'approximate';

/** An event that passed validation, with its dates resolved to UTC instants. */
export interface TimelineEvent extends TimelineEventInput {
  /** Position in the input, so problems and events can be matched up. */
  index: number;
  /**
   * The time the event covers, in milliseconds since the epoch (UTC).
   * `start` is the first instant of the first day, `end` the first instant after the last day
   * (exclusive), so `2018-02-13` covers one whole day and `2017-10` the whole of October.
   * Read-only: events dated by the same single date may share one (frozen) span.
   */
  readonly span: Readonly<{ start: number; end: number }>;
  /** The coarser of the start and end precisions. */
  precision: DatePrecision;
  kind: EventKind;
}

/** A problem found while validating a dataset. */
export interface Problem {
  /** Index of the event in the input, or -1 for the dataset as a whole. */
  index: number;
  /** The event's id, where it had a usable one. */
  id?: string;
  /** The field at fault, e.g. `start`, `sources[0].url`. */
  field: string;
  /** Why, in plain English words: "is not a date: 2018-02-30". The notice writes it in the element's language. */
  reason: string;
  /** What is wrong, for programs: `not-a-date`, `unknown-field`. Stable, whatever the wording of `reason`. */
  code: ProblemCode;
  /** What was done about it (`left-out`, `ignored`), where the reason says so. */
  outcome?: ProblemOutcome;
  /** The values the reason quotes, so the catalogue can write it in any language. */
  values?: ProblemValues;
  /** `error`: the event was left out. `warning`: it was kept (and, where said, repaired). */
  severity: 'error' | 'warning';
}

/** What validation returns: every event that could be kept, and every problem found. */
export interface ValidationResult {
  title?: string;
  events: TimelineEvent[];
  problems: Problem[];
}
