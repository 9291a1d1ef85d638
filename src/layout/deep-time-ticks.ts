/**
 * Axis ticks for spans of time too long for calendar intervals: ten thousand years and more, up
 * to the age of the universe. Ticks fall on round years (…, 4 billion BC, 2 billion BC, 1 BC).
 */
import { parsePartialDate } from '../data/dates';
import { astronomicalYear } from '../data/far-dates';
import type { TickPlan } from './ticks';

/**
 * Ticks on round astronomical years inside `domain` (UTC ms), at least `spacing` px apart when
 * drawn `width` px wide, or null when even two cannot fit.
 */
export function deepTimeTicks(
  domain: readonly [number, number],
  width: number,
  spacing: number,
): TickPlan | null {
  const [start, end] = domain;
  if (!(end > start) || !(width > 0)) return null;
  const pixelsPerMs = width / (end - start);
  const first = astronomicalYear(start);
  const last = astronomicalYear(end);
  for (let count = Math.floor(width / spacing); count >= 1; count--) {
    const years = roundYears(first, last, count);
    const ticks = years
      // Round BC years, as on a calendar axis: -2000000000 is 2 billion BC (astronomical -1999999999).
      .map((year) => parsePartialDate(isoYear(year <= 0 ? year + 1 : year))?.start)
      .filter((t): t is number => t !== undefined && t >= start && t <= end);
    const apart = ticks.every((t, i) => i === 0 || (t - ticks[i - 1]!) * pixelsPerMs >= spacing);
    if (ticks.length >= 2 && apart)
      return { unit: 'year', step: Math.abs((years[1] ?? 0) - (years[0] ?? 0)) || 1, ticks };
  }
  return null;
}

/**
 * About `count` round numbers from `start` to `stop`, a step of 1, 2 or 5 times a power of ten
 * apart (as d3-array's `ticks`, for whole years only: a deep-time axis never needs fractions).
 */
export function roundYears(start: number, stop: number, count: number): number[] {
  if (!(stop > start) || !(count > 0)) return [];
  const rough = (stop - start) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const error = rough / power;
  const step = Math.max(1, power * (error >= 7.1 ? 10 : error >= 3.2 ? 5 : error >= 1.4 ? 2 : 1));
  const years: number[] = [];
  for (let year = Math.ceil(start / step) * step; year <= stop; year += step) years.push(year);
  return years;
}

/** An astronomical year as a partial ISO date: `0650`, `-0299`, `+12000`. */
function isoYear(year: number): string {
  if (year <= 0) return `-${String(-year).padStart(4, '0')}`;
  return year > 9999 ? `+${year}` : String(year).padStart(4, '0');
}
