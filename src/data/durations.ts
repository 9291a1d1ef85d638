/**
 * Durations written the way an editor would: `6h`, `1d`, `2w`, `3m`, `5y`. Used for how far a
 * timeline may zoom (`min-zoom="1d"`, `max-zoom="5y"`).
 */
import { DAY } from './dates';

const HOUR = 3_600_000;
/** The mean Gregorian year, so `5y` is five years long on average whichever five they are. */
const YEAR = 365.2425 * DAY;

const UNITS: Record<string, number> = {
  h: HOUR,
  d: DAY,
  w: 7 * DAY,
  // `m` is months, not minutes: a timeline of news is zoomed in months far more often.
  m: YEAR / 12,
  mo: YEAR / 12,
  y: YEAR,
};

const DURATION = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(h|d|w|mo|m|y)\s*$/i;

/**
 * The length in milliseconds of `1d`, `36h`, `2w`, `3m` (months), `1.5y`, or null when the text is
 * not a positive duration in that form. Never throws.
 */
export function parseDuration(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = DURATION.exec(text);
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = UNITS[match[2]!.toLowerCase()];
  if (!unit || !(amount > 0)) return null;
  return amount * unit;
}
