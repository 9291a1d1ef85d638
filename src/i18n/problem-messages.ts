/**
 * The words of the problems notice: why data was refused or repaired, one message per
 * `problem.code`, in English (the Arabic ones are in arabic-problems.ts, loaded with the Arabic catalogue). Part of the message catalogue (`Messages`), so a page
 * can reword any of them through the `messages` property like the rest.
 *
 * Field names and the dataset's own keywords (`publisher`, `lat`, `confirmed`, `YYYY-MM-DD`) stay
 * as the data must write them, in every language: they are what the reader has to type.
 */
import type { ProblemCode, ProblemOutcome, ValueKind } from '../data/problem-codes';

/** A problem's values, ready to write: `value` is the quoted value, or the words for its kind. */
export interface ReasonValues {
  value: string;
  count: number;
  limit: number;
  replacement: string;
  start: string;
  error: string;
}

export interface ProblemWords {
  /** Why data was refused or repaired, by `problem.code`. */
  problemReasons: Record<ProblemCode, (v: ReasonValues) => string>;
  /** What was done about it, by `problem.outcome`. */
  problemOutcomes: Record<ProblemOutcome, string>;
  /** A reason, then what was done: "is not text: 42; left out". */
  reasonAndOutcome: (reason: string, outcome: string) => string;
  /** Words for a value that cannot be quoted: "a list", "nothing". */
  valueKinds: Record<ValueKind, string>;
}

const FORMATS = 'YYYY, YYYY-MM or YYYY-MM-DD';

export function englishProblemWords(n: (n: number) => string): ProblemWords {
  return {
    problemReasons: {
      'not-a-dataset': (v) => `is not a list of events or an object with "events": ${v.value}`,
      'no-events': () => 'is missing: a dataset needs a list of events',
      'events-not-a-list': (v) => `is not a list of events: ${v.value}`,
      unreadable: (v) => (v.error ? `could not be read (${v.error})` : 'could not be read'),
      'more-problems': (v) =>
        `has ${n(v.count)} more ${v.count === 1 ? 'problem' : 'problems'} of the kinds above`,
      'id-taken': (v) => `${v.value} is already used by another event; renamed ${v.replacement}`,
      'id-missing': (v) => `is missing; using ${v.replacement}`,
      'id-blank': (v) => `is blank; using ${v.replacement}`,
      'id-not-text': (v) => `is not text: ${v.value}; using ${v.replacement}`,
      'not-an-event': (v) => `is not an event: ${v.value} (expected an object with a title and a start date)`,
      'unknown-field': () => 'is not a known field',
      'too-long': (v) => `is ${n(v.count)} characters long; cut to ${n(v.limit)}`,
      missing: () => 'is missing',
      'no-title': () => 'has no title',
      'title-not-text': (v) => `has no title (${v.value} is not text)`,
      'no-start': () => `has no start date (use ${FORMATS})`,
      'not-a-date': (v) => `is not a date: ${v.value} (use ${FORMATS})`,
      'not-a-real-date': (v) => `is not a real date: ${v.value}`,
      'year-out-of-range': (v) =>
        `is not a real date: ${v.value} (years run from 0001 to 9999; write earlier ones with a sign, as in -0300)`,
      'ends-before-start': (v) => `ends before it starts (${v.value} is before ${v.start})`,
      'not-true-or-false': (v) => `is not true or false: ${v.value}`,
      'unknown-confidence': (v) => `is not one of confirmed, reported, claimed, disputed: ${v.value}`,
      'not-text': (v) => `is not text: ${v.value}`,
      'not-a-name': (v) => `is not a name: ${v.value}`,
      'not-a-place': (v) => `is not a place: ${v.value}`,
      'no-name': () => 'has no name',
      'no-coordinate': () => 'is missing (a place needs both lat and lon)',
      'not-a-latitude': (v) => `is not a latitude between -90 and 90: ${v.value}`,
      'not-a-longitude': (v) => `is not a longitude between -180 and 180: ${v.value}`,
      'not-a-source': (v) => `is not a source: ${v.value}`,
      'source-without-publisher': () => 'has no publisher (a source needs both)',
      'source-without-quote': () => 'has no quote (a source needs both)',
      'source-without-publisher-or-quote': () => 'has no publisher and no quote (a source needs both)',
      'not-media': (v) => `is not a picture or video: ${v.value}`,
      'no-caption': () => 'has no caption',
      'link-too-long': (v) => `is ${n(v.count)} characters long, too long for a link`,
      'not-a-link': (v) => `is not an http or https link: ${v.value}`,
      'not-a-list-of-names': (v) => `is not a list of names: ${v.value}`,
      'not-a-list-of-places': (v) => `is not a list of places: ${v.value}`,
      'not-a-list-of-sources': (v) => `is not a list of sources: ${v.value}`,
      'not-a-list-of-media': (v) => `is not a list of pictures or videos: ${v.value}`,
      'not-a-list-of-periods': () => 'is not a list of periods',
      'not-a-period': () => 'is not a period (an object with a title and a start)',
    },
    problemOutcomes: {
      ignored: 'ignored',
      'left-out': 'left out',
      'end-ignored': 'end ignored',
      'coordinates-left-out': 'coordinates left out',
      'period-left-out': 'period left out',
      'no-periods-drawn': 'no periods drawn',
      'not-listed': 'not listed',
    },
    reasonAndOutcome: (reason, outcome) => `${reason}; ${outcome}`,
    valueKinds: {
      nothing: 'nothing',
      list: 'a list',
      object: 'an object',
      function: 'a function',
      symbol: 'a symbol',
      unreadable: 'something unreadable',
    },
  };
}
