/**
 * What can be wrong with a dataset, as stable codes. A program reads `problem.code` (and
 * `problem.index`, `problem.field`); people read the reason, which the message catalogue writes
 * in the element's language from the code and the values the problem quotes.
 */

/** Every kind of problem validation reports. Codes never change meaning; new ones may be added. */
export const PROBLEM_CODES = [
  // The dataset as a whole.
  'not-a-dataset',
  'no-events',
  'events-not-a-list',
  'unreadable',
  'more-problems',
  // Ids.
  'id-taken',
  'id-missing',
  'id-blank',
  'id-not-text',
  // An event and its fields.
  'not-an-event',
  'unknown-field',
  'too-long',
  'missing',
  'no-title',
  'title-not-text',
  'no-start',
  'not-a-date',
  'not-a-real-date',
  'year-out-of-range',
  'ends-before-start',
  'not-true-or-false',
  'unknown-confidence',
  'not-text',
  'not-a-name',
  'not-a-place',
  'no-name',
  'no-coordinate',
  'not-a-latitude',
  'not-a-longitude',
  'not-a-source',
  'source-without-publisher',
  'source-without-quote',
  'source-without-publisher-or-quote',
  'not-media',
  'no-caption',
  'link-too-long',
  'not-a-link',
  'not-a-list-of-names',
  'not-a-list-of-places',
  'not-a-list-of-sources',
  'not-a-list-of-media',
  // Periods (eras).
  'not-a-list-of-periods',
  'not-a-period',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What was done about a problem, said after its reason: "…; left out". */
export const PROBLEM_OUTCOMES = [
  'ignored',
  'left-out',
  'end-ignored',
  'coordinates-left-out',
  'period-left-out',
  'no-periods-drawn',
  'not-listed',
] as const;

export type ProblemOutcome = (typeof PROBLEM_OUTCOMES)[number];

/** What a value was, when it cannot be quoted as written. */
export const VALUE_KINDS = ['nothing', 'list', 'object', 'function', 'symbol', 'unreadable'] as const;

export type ValueKind = (typeof VALUE_KINDS)[number];

/** The values a problem's reason quotes, kept apart from its words so any language can say them. */
export interface ProblemValues {
  /** The value at fault as the data gives it: text in quotes and cut short, or a number. */
  value?: string;
  /** What the value at fault was, when it cannot be quoted (a list, an object, nothing). */
  valueKind?: ValueKind;
  /** A number the reason gives: a text's length, how many more problems. */
  count?: number;
  /** The limit a text was cut to. */
  limit?: number;
  /** What was used instead: the new id. */
  replacement?: string;
  /** For `ends-before-start`: the start date, quoted. */
  start?: string;
  /** The message of what was thrown while reading, as the engine wrote it. */
  error?: string;
}
