/**
 * The `start` and `end` attributes of a timeline: what they may say, and how a zoomed window is
 * written back into them. A partial date (`2018`, `2018-02`, `2018-02-13`) names whole days, with
 * `end` inclusive; a UTC date-time (`2018-02-13T06:00Z`) is an exact instant, for windows of hours.
 */
import { DAY, parsePartialDate } from './dates';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z?$/;

/** Windows shorter than this are written to the minute; longer ones to the day. */
const WRITE_DAYS_FROM = 4 * DAY;

/**
 * The instant an edge attribute names: for `start`, the first instant of the day (month, year);
 * for `end`, the first instant after it. A date-time is taken as UTC. Null when unreadable.
 */
export function parseWindowEdge(text: unknown, edge: 'start' | 'end'): number | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  const time = DATE_TIME.exec(trimmed);
  if (time) {
    const day = parsePartialDate(time[1]);
    const [hours, minutes, seconds] = [Number(time[2]), Number(time[3]), Number(time[4] ?? 0)];
    if (!day || hours > 23 || minutes > 59 || seconds > 59) return null;
    return day.start + ((hours * 60 + minutes) * 60 + seconds) * 1000;
  }
  const date = parsePartialDate(trimmed);
  if (!date) return null;
  return edge === 'start' ? date.start : date.end;
}

// Years outside 0001–9999 have no partial-date form; such a window is left unwritten ('').
const FIRST_INSTANT = -62_135_596_800_000; // 0001-01-01T00:00Z
const inRange = (ms: number) => Number.isFinite(ms) && ms >= FIRST_INSTANT && ms < Date.UTC(10000, 0, 1);
const isoDay = (ms: number) => (inRange(ms) ? new Date(ms).toISOString().slice(0, 10) : '');
const isoMinute = (ms: number) => (inRange(ms) ? `${new Date(ms).toISOString().slice(0, 16)}Z` : '');

/**
 * How a window is written into `start` and `end`: whole days (`end` inclusive) when it spans
 * several days, else UTC date-times to the minute. Reading them back gives the window to the
 * nearest day or minute.
 */
export function formatWindow(window: readonly [number, number]): { start: string; end: string } {
  const [start, end] = window;
  if (end - start >= WRITE_DAYS_FROM) {
    const first = Math.round(start / DAY) * DAY;
    const afterLast = Math.max(first + DAY, Math.round(end / DAY) * DAY);
    return { start: isoDay(first), end: isoDay(afterLast - DAY) };
  }
  const minute = 60_000;
  return {
    start: isoMinute(Math.round(start / minute) * minute),
    end: isoMinute(Math.round(end / minute) * minute),
  };
}
