/**
 * Dates before the year 1 and past what `Date` can hold (±273,790 years): the Roman world in
 * "301 BC", the Big Bang in "13.8 billion BC". Intl writes a year before 1 without its era
 * ("301"), which would read as AD, so these dates always name their era.
 */
import type { DatePrecision } from './types';

/** The first instant of the year 1: before it, a date needs an era to be read right. */
export const YEAR_ONE = -62_135_596_800_000; // 0001-01-01T00:00:00Z

/** The last instant `Date` (and so Intl) can represent. */
const DATE_LIMIT = 8.64e15;

/** Average Gregorian year, for placing a deep-time instant in its year. */
const YEAR = 365.2425 * 86_400_000;

/** True when `Intl` alone would write the instant wrongly or not at all. */
export function isFarDate(time: number): boolean {
  return time < YEAR_ONE || Math.abs(time) > DATE_LIMIT;
}

const eraFormatters = new Map<string, Intl.DateTimeFormat>();

function eraFormatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = eraFormatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      timeZone: 'UTC',
      era: 'short',
      year: 'numeric',
      ...(precision === 'year' ? {} : { month: 'long' }),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    eraFormatters.set(key, format);
  }
  return format;
}

/** The astronomical year (0 is 1 BC) an instant falls in, even far outside `Date`'s range. */
export function astronomicalYear(time: number): number {
  if (Math.abs(time) <= DATE_LIMIT) return new Date(time).getUTCFullYear();
  return Math.floor(time / YEAR) + 1970;
}

/**
 * A far date in words at its precision: "301 BC", "March 44 BC", "13.8 billion BC". Within
 * `Date`'s range Intl writes it with the era; beyond, only the year is meaningful, written in
 * compact numbers with the locale's own name for the era.
 */
export function formatFarDate(time: number, precision: DatePrecision, locale: string): string {
  if (Math.abs(time) <= DATE_LIMIT) return eraFormatter(locale, precision).format(time);
  const year = astronomicalYear(time);
  const era = eraName(locale, year <= 0);
  let count: string;
  try {
    count = new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    }).format(year <= 0 ? 1 - year : year);
  } catch {
    count = String(year <= 0 ? 1 - year : year);
  }
  return `${count} ${era}`;
}

/** The locale's short name for the era before or after year 1 ("BC", "AD"; "ق.م" in Arabic). */
function eraName(locale: string, before: boolean): string {
  const sample = before ? Date.UTC(-100, 0, 1) : Date.UTC(2000, 0, 1);
  const part = eraFormatter(locale, 'year')
    .formatToParts(sample)
    .find((p) => p.type === 'era');
  return part?.value ?? (before ? 'BC' : 'AD');
}
