import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY } from '../../src/data/dates';
import { parseDuration } from '../../src/data/durations';
import { formatWindow, parseWindowEdge } from '../../src/data/window-edges';
import {
  clampWindow,
  panWindow,
  revealSpan,
  sameWindow,
  zoomLimits,
  zoomWindow,
} from '../../src/layout/view-window';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const home: [number, number] = [day('2017-01-01'), day('2018-02-14')];

describe('parseDuration', () => {
  it('parseDuration reads hours, days, weeks, months and years', () => {
    expect(parseDuration('6h')).toBe(6 * 3_600_000);
    expect(parseDuration('1d')).toBe(DAY);
    expect(parseDuration('2w')).toBe(14 * DAY);
    expect(parseDuration('1y')! / DAY).toBeCloseTo(365.2425);
    expect(parseDuration('3m')).toBeCloseTo(parseDuration('1y')! / 4);
    expect(parseDuration('3mo')).toBe(parseDuration('3m'));
    expect(parseDuration(' 1.5Y ')).toBeCloseTo(1.5 * parseDuration('1y')!);
  });

  it('parseDuration returns null for anything else, and never throws', () => {
    for (const bad of ['', 'd', '0d', '-1d', '1 day', '1s', 'P1D', '1e3d', null, 5, {}]) {
      expect(parseDuration(bad)).toBeNull();
    }
    fc.assert(
      fc.property(fc.anything(), (value) => parseDuration(value) === null || parseDuration(value)! > 0),
    );
  });
});

describe('window edges', () => {
  it('parseWindowEdge reads partial dates as whole days, end inclusive', () => {
    expect(parseWindowEdge('2018-02-13', 'start')).toBe(day('2018-02-13'));
    expect(parseWindowEdge('2018-02-13', 'end')).toBe(day('2018-02-14'));
    expect(parseWindowEdge('2017', 'end')).toBe(day('2018-01-01'));
  });

  it('parseWindowEdge reads UTC date-times as exact instants', () => {
    expect(parseWindowEdge('2018-02-13T06:30Z', 'end')).toBe(day('2018-02-13') + 6.5 * 3_600_000);
    expect(parseWindowEdge('2018-02-13T06:30:15', 'start')).toBe(day('2018-02-13') + 23_415_000);
    expect(parseWindowEdge('2018-02-13T24:00Z', 'start')).toBeNull();
    expect(parseWindowEdge('2018-02-30T01:00Z', 'start')).toBeNull();
    expect(parseWindowEdge('13/02/2018', 'start')).toBeNull();
  });

  it('formatWindow writes days for long windows, and reading them back gives the window', () => {
    const window: [number, number] = [day('2018-02-01'), day('2018-02-14')];
    expect(formatWindow(window)).toEqual({ start: '2018-02-01', end: '2018-02-13' });
    const { start, end } = formatWindow(window);
    expect([parseWindowEdge(start, 'start'), parseWindowEdge(end, 'end')]).toEqual(window);
  });

  it('formatWindow writes minutes for windows of hours, to within a minute', () => {
    const window: [number, number] = [
      day('2018-02-13') + 3_600_000 + 1234,
      day('2018-02-13') + 9 * 3_600_000,
    ];
    const { start, end } = formatWindow(window);
    expect(start).toBe('2018-02-13T01:00Z');
    expect(end).toBe('2018-02-13T09:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: day('1990-01-01'), max: day('2030-01-01') }),
        fc.integer({ min: 60_000, max: 3 * DAY }),
        (s, length) => {
          const written = formatWindow([s, s + length]);
          expect(Math.abs(parseWindowEdge(written.start, 'start')! - s)).toBeLessThanOrEqual(30_000);
          expect(Math.abs(parseWindowEdge(written.end, 'end')! - (s + length))).toBeLessThanOrEqual(30_000);
        },
      ),
    );
  });
});

describe('zoom limits', () => {
  it('zoomLimits lets the reader zoom in to a day and out to the whole story by default', () => {
    const limits = zoomLimits(home);
    expect(limits.shortest).toBe(DAY);
    expect(limits.bounds[0]).toBeLessThan(home[0]);
    expect(limits.bounds[1]).toBeGreaterThan(home[1]);
    expect(limits.longest).toBe(home[1] - home[0]);
  });

  it('clampWindow keeps the length between the shortest and longest window', () => {
    const limits = zoomLimits(home, DAY, 365 * DAY);
    const tiny = clampWindow([day('2017-06-01'), day('2017-06-01') + 3_600_000], limits);
    expect(tiny[1] - tiny[0]).toBe(DAY);
    const huge = clampWindow([day('2000-01-01'), day('2030-01-01')], limits);
    expect(huge[1] - huge[0]).toBe(365 * DAY);
  });

  it('clampWindow stops panning at the bounds, and centres a window longer than them', () => {
    const limits = zoomLimits(home, DAY, 5 * 365 * DAY);
    const early = clampWindow([day('2010-01-01'), day('2010-03-01')], limits);
    expect(early[0]).toBe(limits.bounds[0]);
    expect(early[1] - early[0]).toBe(day('2010-03-01') - day('2010-01-01'));
    const wide = clampWindow([day('2010-01-01'), day('2015-01-01')], limits);
    expect((wide[0] + wide[1]) / 2).toBeCloseTo((limits.bounds[0] + limits.bounds[1]) / 2);
    fc.assert(
      fc.property(
        fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (s, length) => {
          const [a, b] = clampWindow([s, s + length], limits);
          expect(b - a).toBeGreaterThanOrEqual(limits.shortest - 1);
          expect(b - a).toBeLessThanOrEqual(limits.longest + 1);
          if (b - a <= limits.bounds[1] - limits.bounds[0]) {
            expect(a).toBeGreaterThanOrEqual(limits.bounds[0] - 1);
            expect(b).toBeLessThanOrEqual(limits.bounds[1] + 1);
          }
        },
      ),
    );
  });

  it('zoomLimits ignores a longest window shorter than the shortest', () => {
    const limits = zoomLimits(home, 30 * DAY, DAY);
    expect(limits.longest).toBe(30 * DAY);
  });
});

describe('zoomWindow and panWindow', () => {
  it('zoomWindow(window, 2, anchor) halves the window and keeps the anchor where it was on screen', () => {
    const window: [number, number] = [0, 1000];
    expect(zoomWindow(window, 2)).toEqual([250, 750]);
    const anchored = zoomWindow(window, 2, 200);
    expect(anchored).toEqual([100, 600]);
    expect((200 - anchored[0]) / (anchored[1] - anchored[0])).toBe(0.2);
    expect(zoomWindow(window, 0.5)).toEqual([-500, 1500]);
  });

  it('panWindow moves by a share of the window', () => {
    expect(panWindow([0, 1000], 0.25)).toEqual([250, 1250]);
    expect(panWindow([0, 1000], -0.25)).toEqual([-250, 750]);
  });

  it('revealSpan leaves a window that shows the span alone, and otherwise centres the span', () => {
    expect(revealSpan([0, 1000], [400, 500])).toEqual([0, 1000]);
    expect(revealSpan([0, 1000], [2000, 2100])).toEqual([1550, 2550]);
    const long = revealSpan([0, 1000], [5000, 9000]);
    expect(long[0]).toBeLessThan(5000);
    expect(long[1] - long[0]).toBe(1000);
  });

  it('sameWindow compares to the millisecond', () => {
    expect(sameWindow([0, 1000], [0.5, 1000.2])).toBe(true);
    expect(sameWindow([0, 1000], [0, 1002])).toBe(false);
    expect(sameWindow(null, null)).toBe(true);
  });
});
