// Run by the `unit` project in the machine's zone, and by the `unit-tz-*` projects (vitest.config.ts)
// in Pacific/Kiritimati (UTC+14), Pacific/Pago_Pago (UTC-11) and America/Los_Angeles, whose clocks
// change on 11 March and 4 November 2018. A dataset's 13 February is 13 February everywhere.
import { describe, expect, it } from 'vitest';

import { DAY, parsePartialDate } from '../../src/data/dates';
import { describeDate, formatPartialDate } from '../../src/data/describe-date';
import { validateDataset } from '../../src/data/validate';
import { chooseTicks, formatTick } from '../../src/layout/ticks';
import { layoutTimeline } from '../../src/layout/timeline-layout';

const zone = process.env.TZ;

describe(`dates in the zone ${zone ?? 'of this machine'}`, () => {
  // Not skipped in the plain `unit` run (nothing may be skipped in CI): there it checks nothing forced a zone.
  it('the zone set for this run really applies to Date and Intl', () => {
    if (zone === undefined) {
      expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBeTruthy();
      return;
    }
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    const offsets: Record<string, number> = {
      'Pacific/Kiritimati': -840,
      'Pacific/Pago_Pago': 660,
      'America/Los_Angeles': 480,
    };
    if (zone && zone in offsets) expect(new Date(2018, 1, 13).getTimezoneOffset()).toBe(offsets[zone]);
  });

  it('parsePartialDate("2018-02-13") is midnight to midnight UTC, and reads "13 February 2018"', () => {
    const day = parsePartialDate('2018-02-13')!;
    expect([day.start, day.end]).toEqual([Date.UTC(2018, 1, 13), Date.UTC(2018, 1, 14)]);
    expect(formatPartialDate('2018-02-13', 'en-GB')).toBe('13 February 2018');
    expect(formatPartialDate('2018-02', 'en-GB')).toBe('February 2018');
    expect(formatPartialDate('2018', 'en-GB')).toBe('2018');
  });

  it.each([
    ['2018-01-01', '1 January 2018'],
    ['2017-12-31', '31 December 2017'],
    ['2018-02-28', '28 February 2018'],
    ['2018-03-01', '1 March 2018'],
  ])('parsePartialDate(%j) stays on its day at the ends of a month and a year: %j', (text, words) => {
    expect(new Date(parsePartialDate(text)!.start).toISOString().slice(0, 10)).toBe(text);
    expect(formatPartialDate(text, 'en-GB')).toBe(words);
  });

  describe('daylight saving changes in America/Los_Angeles, 2018', () => {
    // 11 March: 02:00 PST becomes 03:00 PDT (a 23-hour local day). 4 November: 02:00 PDT becomes 01:00 PST (25 hours).
    it.each([
      ['2018-03-10', 'March 10, 2018'],
      ['2018-03-11', 'March 11, 2018'],
      ['2018-03-12', 'March 12, 2018'],
      ['2018-11-03', 'November 3, 2018'],
      ['2018-11-04', 'November 4, 2018'],
      ['2018-11-05', 'November 5, 2018'],
    ])('%s lasts 24 hours and reads %j', (text, words) => {
      const day = parsePartialDate(text)!;
      expect(day.end - day.start).toBe(DAY);
      expect(describeDate({ start: text }, 'en-US')).toBe(words);
    });

    it.each([
      ['2018-03-08', '2018-03-15'],
      ['2018-11-01', '2018-11-08'],
    ])('day ticks from %s to %s are evenly spaced and read one day each', (from, to) => {
      const window = [parsePartialDate(from)!.start, parsePartialDate(to)!.end] as const;
      const plan = chooseTicks(window, 800, 60);
      expect(plan.unit).toBe('day');
      const gaps = plan.ticks.slice(1).map((t, i) => t - plan.ticks[i]!);
      expect(new Set(gaps)).toEqual(new Set([DAY]));
      const labels = plan.ticks.map((t, i) => formatTick(t, 'day', 'en-US', plan.ticks[i - 1]));
      expect(labels.slice(1)).toEqual(
        plan.ticks
          .slice(1)
          .map((t) => `${from.startsWith('2018-03') ? 'Mar' : 'Nov'} ${new Date(t).getUTCDate()}`),
      );
    });

    it('one-day events either side of a clock change are drawn one day-width apart', () => {
      const { events } = validateDataset(
        ['2018-03-10', '2018-03-11', '2018-03-12', '2018-11-03', '2018-11-04', '2018-11-05'].map((start) => ({
          id: start,
          title: start,
          start,
        })),
      );
      const window = [Date.UTC(2018, 2, 1), Date.UTC(2018, 11, 1)] as const;
      const layout = layoutTimeline({ events, window, width: 2750, labelWidth: () => 10 });
      const x = layout.marks.map((m) => m.x0);
      const dayWidth = (layout.plotRight - layout.plotLeft) / ((window[1] - window[0]) / DAY);
      for (const i of [1, 2, 4, 5]) expect(x[i]! - x[i - 1]!).toBeCloseTo(dayWidth, 9);
    });
  });
});
