/**
 * A linear scale from time (UTC milliseconds, or Dates) to pixels, with the part of d3's
 * `scaleUtc` API the layout uses: call, `invert`, `domain`, `range` and `copy`.
 *
 * Why not d3-scale: `scaleUtc` brings d3-time-format, d3-interpolate and d3-color (about a third
 * of the bundle) for tick formatting and colour interpolation that a timeline never asks of it;
 * ticks come from d3-time (./ticks.ts) and are written with Intl. Numbers, unlike Dates, also
 * reach deep time: the Big Bang is past what a Date can hold.
 */

export interface TimeScale {
  /** The x position of an instant (ms since the epoch, UTC, or a Date). */
  (time: number | Date): number;
  /** The instant at an x position. */
  invert(x: number): Date;
  domain(): [Date, Date];
  domain(domain: readonly [number | Date, number | Date]): TimeScale;
  range(): [number, number];
  range(range: readonly [number, number]): TimeScale;
  copy(): TimeScale;
}

/** A time scale mapping `domain` (instants) linearly onto `range` (px); unclamped, like d3's. */
export function timeScale(
  domain: readonly [number | Date, number | Date] = [0, 1],
  range: readonly [number, number] = [0, 1],
): TimeScale {
  let [d0, d1] = [+domain[0], +domain[1]];
  let [r0, r1] = [range[0], range[1]];

  const scale = ((time: number | Date) => {
    const t = +time;
    // An empty domain maps everything to the middle of the range, as d3 does.
    return d1 === d0 ? (r0 + r1) / 2 : r0 + ((t - d0) / (d1 - d0)) * (r1 - r0);
  }) as TimeScale;

  scale.invert = (x: number) => new Date(r1 === r0 ? (d0 + d1) / 2 : d0 + ((x - r0) / (r1 - r0)) * (d1 - d0));
  scale.domain = ((next?: readonly [number | Date, number | Date]) => {
    if (next === undefined) return [new Date(d0), new Date(d1)];
    [d0, d1] = [+next[0], +next[1]];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly [number, number]) => {
    if (next === undefined) return [r0, r1];
    [r0, r1] = [next[0], next[1]];
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  return scale;
}
