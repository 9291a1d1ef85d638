/**
 * Which dates get a tick on the time axis, and how each tick reads, always in UTC so that an
 * event's day never moves with the reader's time zone.
 */
import type { TimeInterval } from 'd3-time';
import { utcDay, utcHour, utcMonday, utcMonth, utcYear } from 'd3-time';
import { formatFarDate, isFarDate } from '../data/far-dates';
import { deepTimeTicks } from './deep-time-ticks';

export type TickUnit = 'year' | 'month' | 'week' | 'day' | 'hour';

/** The ticks for an axis: every `step` `unit`s, as UTC instants in milliseconds. */
export interface TickPlan {
  unit: TickUnit;
  step: number;
  ticks: number[];
}

interface Candidate {
  unit: TickUnit;
  step: number;
  interval: TimeInterval;
  /** The longest time between two ticks, to rule a candidate out before listing its ticks. */
  longest: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function candidate(unit: TickUnit, step: number, interval: TimeInterval | null, longest: number): Candidate {
  if (!interval) throw new Error(`no ${unit} interval every ${step}`);
  return { unit, step, interval, longest };
}

/** Coarsest first. `utcDay.every(2)` restarts each month, so two of its ticks can be one day apart. */
const CANDIDATES: readonly Candidate[] = [
  ...[100, 50, 20, 10, 5, 2, 1].map((step) => candidate('year', step, utcYear.every(step), step * 366 * DAY)),
  ...[6, 3, 1].map((step) => candidate('month', step, utcMonth.every(step), step * 31 * DAY)),
  candidate('week', 1, utcMonday, 7 * DAY),
  candidate('day', 2, utcDay.every(2), 2 * DAY),
  candidate('day', 1, utcDay, DAY),
  ...[12, 6, 3, 1].map((step) => candidate('hour', step, utcHour.every(step), step * HOUR)),
];

/** For domains so long that even a tick every century is too crowded. */
const CENTURY_MULTIPLES = [2, 5, 10, 20, 50];

/**
 * The finest ticks that stay at least `minSpacing` pixels apart when `domain` (UTC ms) is drawn
 * `width` pixels wide. Ticks fall inside the domain, ends included. An empty domain or a width of
 * zero gets no ticks.
 */
export function chooseTicks(domain: readonly [number, number], width: number, minSpacing = 64): TickPlan {
  const [start, end] = domain;
  const none: TickPlan = { unit: 'year', step: 1, ticks: [] };
  if (!(width > 0) || !Number.isFinite(start) || !Number.isFinite(end) || !(end > start)) return none;
  const pixelsPerMs = width / (end - start);
  // Ticks closer than a pixel cannot be told apart, whatever the caller asks for.
  const spacing = Number.isFinite(minSpacing) ? Math.max(1, minSpacing) : 64;
  const mostTicks = width / spacing + 1;

  let chosen: TickPlan | null = null;
  for (const { unit, step, interval, longest } of CANDIDATES) {
    // Finer candidates are only denser, so the first one too crowded ends the search.
    // Counting first keeps an hourly candidate over centuries from listing millions of dates.
    if ((end - start) / longest - 1 > mostTicks) break;
    // Two or more ticks, no two of them far enough apart: too crowded, without listing them (a
    // zoom step asks every time). Years are listed all the same: their BC ticks move (roundBC).
    if (unit !== 'year' && longest * pixelsPerMs < spacing && end - start >= 2 * longest) break;
    const listed = listTicks(interval, start, end);
    const ticks = unit === 'year' ? roundBC(listed, end) : listed;
    if (!spacedApart(ticks, pixelsPerMs, spacing)) break;
    chosen = { unit, step, ticks };
  }
  if (chosen) return chosen;

  for (const multiple of CENTURY_MULTIPLES) {
    const step = 100 * multiple;
    const interval = utcYear.every(step);
    if (!interval) break;
    const ticks = roundBC(listTicks(interval, start, end), end);
    if (ticks.length > 0 && spacedApart(ticks, pixelsPerMs, spacing)) return { unit: 'year', step, ticks };
  }
  // Millions of years, or dates past what Date holds: round numbers of years instead.
  return deepTimeTicks(domain, width, spacing) ?? none;
}

/**
 * Year ticks before the year 1 move one year later, so that they fall on round BC years: a tick
 * every 200 years reads "200 BC" (astronomical -199), not "201 BC" (astronomical -200).
 */
function roundBC(ticks: readonly number[], end: number): number[] {
  return ticks
    .map((t) => {
      const date = new Date(t);
      if (date.getUTCFullYear() > 0) return t;
      date.setUTCFullYear(date.getUTCFullYear() + 1);
      return date.getTime();
    })
    .filter((t) => t <= end);
}

function listTicks(interval: TimeInterval, start: number, end: number): number[] {
  return interval.range(new Date(start), new Date(end + 1)).map(Number);
}

function spacedApart(ticks: readonly number[], pixelsPerMs: number, spacing: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    if ((ticks[i]! - ticks[i - 1]!) * pixelsPerMs < spacing) return false;
  }
  return true;
}

/** Intl formatters are slow to build and an axis redraws often, so each is built once. */
const formatters = new Map<string, Intl.DateTimeFormat>();

type TickStyle = 'year' | 'month' | 'monthYear' | 'day' | 'dayYear' | 'time' | 'dayTime';

const STYLES: Record<TickStyle, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' },
  dayTime: { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
};

function formatter(locale: string, style: TickStyle): Intl.DateTimeFormat {
  const key = `${locale}\u0000${style}`;
  let format = formatters.get(key);
  if (!format) {
    // Ticks fall on Gregorian months and years, so they are named in the Gregorian calendar whatever
    // the locale's default (Persian for `fa`, Islamic for some `ar-*`).
    format = buildFormatter(locale, { timeZone: 'UTC', calendar: 'gregory', ...STYLES[style] });
    // Where clocks run 0–23 an axis reads "06:00", not "6:00"; 12-hour locales keep "6:00 AM".
    const { hourCycle } = format.resolvedOptions();
    if (STYLES[style].hour && (hourCycle === 'h23' || hourCycle === 'h24')) {
      format = buildFormatter(locale, {
        timeZone: 'UTC',
        calendar: 'gregory',
        ...STYLES[style],
        hour: '2-digit',
      });
    }
    formatters.set(key, format);
  }
  return format;
}

function buildFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    // A page may pass any `lang` (a RangeError for "en_GB", a TypeError for a non-string):
    // a bad one should still give a readable axis.
    return new Intl.DateTimeFormat('en', options);
  }
}

/**
 * A tick's label in `locale`: "2018", "Feb", "13 Feb", "14:00". The first tick, and any tick where
 * the year (or, for hours, the day) changes from `previous`, also says which year or day it is.
 */
export function formatTick(time: number, unit: TickUnit, locale: string, previous?: number): string {
  // Before the year 1 a year needs its era ("300 BC"); Intl alone would write "300".
  if (unit === 'year' && isFarDate(time)) return formatFarDate(time, 'year', locale);
  const date = new Date(time);
  const before = previous === undefined ? undefined : new Date(previous);
  const newYear = before === undefined || before.getUTCFullYear() !== date.getUTCFullYear();
  const newDay =
    before === undefined ||
    newYear ||
    before.getUTCMonth() !== date.getUTCMonth() ||
    before.getUTCDate() !== date.getUTCDate();
  const style: TickStyle =
    unit === 'year'
      ? 'year'
      : unit === 'month'
        ? newYear
          ? 'monthYear'
          : 'month'
        : unit === 'hour'
          ? newDay
            ? 'dayTime'
            : 'time'
          : newYear
            ? 'dayYear'
            : 'day';
  return formatter(locale, style).format(date);
}
