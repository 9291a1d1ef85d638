/**
 * Partial ISO dates (`2017`, `2017-10`, `2018-02-13`) and the spans of time they cover.
 *
 * Everything is UTC: a dataset says "13 February 2018", and that must be the same day for a
 * reader in Kiritimati and one in Los Angeles.
 */
import type { DatePrecision } from './types';
import type { ProblemValues } from './problem-codes';
import { problemReason } from '../i18n/problem-reasons';
import { en } from '../i18n/messages';

/** One day in milliseconds. UTC has no daylight saving, so every UTC day is this long. */
export const DAY = 86_400_000;

/** The period a partial date names, as UTC instants in milliseconds. */
export interface PartialDate {
  /** The first instant of the period. */
  start: number;
  /** The first instant after the period (exclusive). */
  end: number;
  precision: DatePrecision;
}

/** A span of time in UTC milliseconds; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** What `resolveSpan` returns: the span covered, or which date is at fault and why. */
export type ResolvedSpan =
  | { ok: true; span: Span; precision: DatePrecision }
  | {
      ok: false;
      error: 'start' | 'end' | 'order';
      /** Why, in English. */
      reason: string;
      /** Why, as a validation problem code, with the values its message quotes. */
      code: BadDate['code'] | 'ends-before-start';
      values: ProblemValues;
    };

/** Why a value is not a usable date, as a problem code and the value quoted. */
export interface BadDate {
  code: 'not-a-date' | 'not-a-real-date' | 'year-out-of-range';
  values: ProblemValues;
}

/**
 * `YYYY`, or an ISO 8601 expanded year with a sign for dates outside 0001–9999: `-0300`
 * (astronomical numbering, so year 0 is 1 BC and `-0300` is 301 BC), `-13800000000`, `+12000`.
 */
const PARTIAL_DATE = /^(\d{4}|-\d{4,}|\+\d{5,})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Beyond this many years either side, a "date" is a typo rather than deep time. */
const FARTHEST_YEAR = 1e12;

/** The format to suggest whenever a date cannot be read. */
export const DATE_FORMATS = 'YYYY, YYYY-MM or YYYY-MM-DD';

/**
 * Parses `2017`, `2017-10` or `2018-02-13` into the period it names, or returns null when the
 * text is not a real calendar date in that form (`2018-02-30`, `2017-13`, `13/02/2018`).
 */
export function parsePartialDate(text: unknown): PartialDate | null {
  if (typeof text !== 'string') return null;
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (!isCalendarYear(yearText!, year)) return null;
  if (monthText === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year' };
  }
  const month = Number(monthText) - 1;
  if (month < 0 || month > 11) return null;
  if (dayText === undefined) {
    return { start: utc(year, month, 1), end: utc(year, month + 1, 1), precision: 'month' };
  }
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const start = utc(year, month, day);
  return { start, end: start + DAY, precision: 'day' };
}

/** Parsed dates by their text. A dataset of 100,000 events names only a few hundred days. */
const known = new Map<string, Readonly<PartialDate> | null>();
/** Enough for every day of a few decades; past it the memo starts again rather than grow. */
const KNOWN_LIMIT = 20_000;

/**
 * `parsePartialDate`, remembered: validating a large dataset parses each distinct date once.
 * The result is shared between callers, so it is read-only.
 */
export function readPartialDate(text: string): Readonly<PartialDate> | null {
  let date = known.get(text);
  if (date === undefined) {
    date = parsePartialDate(text);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(text, date);
  }
  return date;
}

/**
 * The time covered from the start of `start` to the end of `end` (inclusive), so
 * `resolveSpan('2017-10', '2018')` runs from 1 October 2017 to the end of 2018.
 * Without `end`, the span is the period `start` names. The precision is the coarser of the two.
 */
export function resolveSpan(start: unknown, end?: unknown): ResolvedSpan {
  const from = parsePartialDate(start);
  if (!from) return { ok: false, error: 'start', ...withReason(badDate(start)) };
  if (end === undefined)
    return { ok: true, span: { start: from.start, end: from.end }, precision: from.precision };
  const until = parsePartialDate(end);
  if (!until) return { ok: false, error: 'end', ...withReason(badDate(end)) };
  if (until.end <= from.start) {
    const values = { ...quoteDate(end), start: quoteDate(start).value ?? '' };
    return { ok: false, error: 'order', ...withReason({ code: 'ends-before-start', values }) };
  }
  return {
    ok: true,
    span: { start: from.start, end: until.end },
    precision: coarserPrecision(from.precision, until.precision),
  };
}

/** The less precise of two precisions: a span from `2017` to `2018-02-13` is only known to the year. */
export function coarserPrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Why a value is not a usable date, in words a reporter can act on. Tells apart text in the
 * wrong form (`13/02/2018`) from a date that does not exist (`2018-02-30`).
 */
export function describeBadDate(value: unknown): string {
  return withReason(badDate(value)).reason;
}

/** Why a value is not a usable date, as a code a program can read and the value quoted. */
export function badDate(value: unknown): BadDate {
  const values = quoteDate(value);
  if (typeof value === 'string') {
    const match = PARTIAL_DATE.exec(value);
    if (match) {
      if (!isCalendarYear(match[1]!, Number(match[1]))) return { code: 'year-out-of-range', values };
      return { code: 'not-a-real-date', values };
    }
  }
  return { code: 'not-a-date', values };
}

/** A problem with its English reason, which the notice rewrites in the element's language. */
function withReason<T extends { code: ResolvedFailure['code']; values: ProblemValues }>(
  problem: T,
): T & { reason: string } {
  return { ...problem, reason: problemReason(en, { ...problem, reason: '' }) };
}

type ResolvedFailure = Extract<ResolvedSpan, { ok: false }>;

/** A date value quoted for a message, cut short so a pasted paragraph cannot swamp it. */
function quoteDate(value: unknown): Pick<ProblemValues, 'value' | 'valueKind'> {
  if (typeof value === 'string')
    return { value: JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value) };
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return { value: String(value) };
  if (value === undefined) return { valueKind: 'nothing' };
  if (Array.isArray(value)) return { valueKind: 'list' };
  return {
    valueKind: typeof value === 'object' ? 'object' : typeof value === 'function' ? 'function' : 'symbol',
  };
}

/** `0000` is refused (write 1 BC as `-0000`); a `+` year must be past 9999, or it would have two spellings. */
function isCalendarYear(text: string, year: number): boolean {
  if (!Number.isFinite(year) || Math.abs(year) > FARTHEST_YEAR) return false;
  if (text.startsWith('+')) return year > 9999;
  return text.startsWith('-') || year >= 1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 1) return isLeapYear(year) ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  // Proleptic Gregorian, as ISO 8601 and Date count: year 0 and -400 are leap years too.
  const y = Math.abs(year);
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The Gregorian calendar repeats every 400 years, which are exactly this long. */
const GREGORIAN_CYCLE = 146_097 * DAY;

/** Date covers ±100,000,000 days around 1970; a little inside that, every year works. */
const DATE_SAFE_YEARS = 270_000;

/** Midnight UTC of a calendar date; `month` and `day` may overflow into the next month or year. */
function utc(year: number, month: number, day: number): number {
  // Deep time (the Big Bang, the first fossils) is past what Date holds: move the year by whole
  // 400-year cycles into range, and add the cycles back as milliseconds.
  if (Math.abs(year) > DATE_SAFE_YEARS) {
    const cycles = Math.floor((year - 2000) / 400);
    return utc(year - cycles * 400, month, day) + cycles * GREGORIAN_CYCLE;
  }
  // Date.UTC reads years 0–99 as 1900–1999, so those few take the slower, literal route.
  if (year >= 100 || year < 0) return Date.UTC(year, month, day);
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}
