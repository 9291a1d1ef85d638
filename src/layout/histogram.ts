/**
 * How many events are under way in each stretch of calendar time: the histogram of an overview
 * strip. Pure, in UTC. An event counts in every bin its span overlaps, so a year-long campaign
 * shows as a year. (The timeline's own density view, for too many events to draw, is density.ts.)
 */
import type { TimeInterval } from 'd3-time';
import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { TimelineEvent } from '../data/types';
import { DAY } from '../data/dates';

export interface HistogramBin {
  /** First instant of the bin (UTC ms). */
  start: number;
  /** First instant after it. */
  end: number;
  count: number;
}

const YEAR = 365.25 * DAY;

/** Bin sizes to try, finest first, with their shortest length, to count bins before listing them. */
const INTERVALS: readonly { interval: TimeInterval; shortest: number }[] = [
  { interval: utcDay, shortest: DAY },
  { interval: utcMonday, shortest: 7 * DAY },
  { interval: utcMonth, shortest: 28 * DAY },
  { interval: utcMonth.every(3)!, shortest: 89 * DAY },
  { interval: utcYear, shortest: 365 * DAY },
  { interval: utcYear.every(10)!, shortest: 10 * YEAR - DAY },
  { interval: utcYear.every(100)!, shortest: 100 * YEAR - DAY },
];

/**
 * Bins covering `window` (UTC ms, end exclusive), the finest of days, weeks, months, quarters,
 * years, decades and centuries that keeps to at most `maxBins`, each with the number of events
 * whose span overlaps it. Bins at the edges are cut to the window.
 */
export function histogramBins(
  events: readonly TimelineEvent[],
  window: readonly [number, number],
  maxBins: number,
): HistogramBin[] {
  const [start, end] = window;
  if (!(end > start) || !Number.isFinite(start) || !Number.isFinite(end) || !(maxBins >= 1)) return [];
  let edges: number[] = [];
  for (const { interval, shortest } of INTERVALS) {
    // Counted first, so days over centuries are never listed.
    if ((end - start) / shortest + 2 > maxBins) continue;
    edges = interval.range(new Date(start), new Date(end)).map(Number);
    break;
  }
  if (edges.length === 0 || edges[0]! > start) edges.unshift(start);
  if (edges[0]! < start) edges[0] = start;
  edges.push(end);
  const bins: HistogramBin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    if (edges[i + 1]! > edges[i]!) bins.push({ start: edges[i]!, end: edges[i + 1]!, count: 0 });
  }
  // Events are few next to bins, and bins are sorted: find each event's first bin by bisection.
  for (const event of events) {
    let lo = 0;
    let hi = bins.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bins[mid]!.end <= event.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < bins.length && bins[i]!.start < event.span.end; i++) bins[i]!.count++;
  }
  return bins;
}
