/**
 * The visible window of a timeline as the reader zooms and pans it: how far it may go, and where
 * each move takes it. Pure: windows are `[start, end)` in UTC milliseconds.
 */
import { DAY } from '../data/dates';

export type TimeWindow = readonly [number, number];

/** How far the reader may zoom and pan. */
export interface ZoomLimits {
  /** The shortest window, in ms (most zoomed in). */
  shortest: number;
  /** The longest window, in ms (most zoomed out). */
  longest: number;
  /** Panning stops at these instants; a window longer than them is centred on them. */
  bounds: TimeWindow;
}

/** Without `min-zoom`, a reader can zoom in until a day fills the plot: the data is dated in days. */
export const DEFAULT_SHORTEST = DAY;

/** How much room panning leaves past the first and last event, as a share of the home window. */
const BOUNDS_MARGIN = 0.1;

/**
 * Limits for a timeline whose whole story is `home` (the padded data extent). Without a `longest`,
 * the reader can zoom out until the whole story fills the plot; a `longest` shorter than `shortest`
 * is ignored. Unusable values fall back to the defaults.
 */
export function zoomLimits(home: TimeWindow, shortest?: number | null, longest?: number | null): ZoomLimits {
  const margin = (home[1] - home[0]) * BOUNDS_MARGIN;
  const bounds: TimeWindow = [home[0] - margin, home[1] + margin];
  const least = shortest != null && shortest > 0 ? shortest : DEFAULT_SHORTEST;
  const most = longest != null && longest > 0 ? longest : home[1] - home[0];
  return { shortest: least, longest: Math.max(least, most), bounds };
}

/**
 * The window nearest to `window` that keeps to the limits: its length clamped between the shortest
 * and the longest, then moved back inside the bounds (or centred on them when it is longer).
 */
export function clampWindow(window: TimeWindow, limits: ZoomLimits): [number, number] {
  const [b0, b1] = limits.bounds;
  let length = window[1] - window[0];
  const middle = (window[0] + window[1]) / 2;
  if (!Number.isFinite(length) || !Number.isFinite(middle)) return [b0, b1];
  length = Math.min(limits.longest, Math.max(limits.shortest, length));
  if (length >= b1 - b0) {
    const centre = (b0 + b1) / 2;
    return [centre - length / 2, centre + length / 2];
  }
  let start = middle - length / 2;
  start = Math.min(b1 - length, Math.max(b0, start));
  return [start, start + length];
}

/**
 * Zooms `window` by `factor` (2 shows half as much time, 0.5 twice as much), keeping the instant
 * `anchor` where it is on screen. The anchor defaults to the middle.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor?: number): [number, number] {
  const [start, end] = window;
  const at = anchor ?? (start + end) / 2;
  const k = factor > 0 && Number.isFinite(factor) ? factor : 1;
  return [at - (at - start) / k, at + (end - at) / k];
}

/** Moves `window` by a share of its length: `0.2` later, `-0.2` earlier. */
export function panWindow(window: TimeWindow, share: number): [number, number] {
  const shift = (window[1] - window[0]) * share;
  return [window[0] + shift, window[1] + shift];
}

/** The smallest move that brings the span `[start, end)` into `window`, keeping its length. */
export function revealSpan(window: TimeWindow, span: TimeWindow, margin = 0.05): [number, number] {
  const length = window[1] - window[0];
  const pad = length * margin;
  if (span[0] >= window[0] + pad && span[1] <= window[1] - pad) return [window[0], window[1]];
  // Centre what fits: a span longer than the window shows its start.
  const spanLength = span[1] - span[0];
  const start = spanLength + 2 * pad > length ? span[0] - pad : (span[0] + span[1]) / 2 - length / 2;
  return [start, start + length];
}

/** Whether two windows are the same to within a millisecond. */
export function sameWindow(a: TimeWindow | null | undefined, b: TimeWindow | null | undefined): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;
}
