import { describe, expect, it } from 'vitest';

import { chooseTicks, formatTick, type TickPlan } from '../../src/layout/ticks';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const start = Date.UTC(2018, 0, 1);

/** The smallest distance in pixels between two neighbouring ticks. */
function closest(plan: TickPlan, domain: readonly [number, number], width: number): number {
  const px = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * width;
  let least = Infinity;
  for (let i = 1; i < plan.ticks.length; i++)
    least = Math.min(least, px(plan.ticks[i]!) - px(plan.ticks[i - 1]!));
  return least;
}

const iso = (t: number) => new Date(t).toISOString();

describe('chooseTicks', () => {
  it.each([
    { span: '5 years', end: Date.UTC(2023, 0, 1), unit: 'month', step: 6 },
    { span: '1 year', end: Date.UTC(2019, 0, 1), unit: 'month', step: 1 },
    { span: '3 months', end: Date.UTC(2018, 3, 1), unit: 'week', step: 1 },
    { span: '1 week', end: start + 7 * DAY, unit: 'hour', step: 12 },
    { span: '1 day', end: start + DAY, unit: 'hour', step: 3 },
    { span: '6 hours', end: start + 6 * HOUR, unit: 'hour', step: 1 },
  ])('chooseTicks($span, 1000 px) ticks every $step $unit, at least 64 px apart', ({ end, unit, step }) => {
    const domain = [start, end] as const;
    const plan = chooseTicks(domain, 1000);
    expect([plan.unit, plan.step]).toEqual([unit, step]);
    expect(plan.ticks.length).toBeGreaterThan(3);
    expect(closest(plan, domain, 1000)).toBeGreaterThanOrEqual(64);
  });

  it('chooseTicks picks the finest ticks that fit: halving the spacing would break the 64 px rule', () => {
    // One year on 1000 px: monthly ticks are 77–85 px apart; weekly ones would be 19 px.
    const plan = chooseTicks([start, Date.UTC(2019, 0, 1)], 1000);
    expect(plan.ticks.map(iso).slice(0, 3)).toEqual([
      '2018-01-01T00:00:00.000Z',
      '2018-02-01T00:00:00.000Z',
      '2018-03-01T00:00:00.000Z',
    ]);
    expect(plan.ticks).toHaveLength(13);
  });

  it('chooseTicks puts ticks inside the domain, both ends included', () => {
    const domain = [Date.UTC(2018, 1, 13, 5), Date.UTC(2018, 1, 14)] as const;
    const plan = chooseTicks(domain, 1000);
    expect(plan.ticks[0]).toBeGreaterThanOrEqual(domain[0]);
    expect(plan.ticks.at(-1)).toBe(domain[1]);
  });

  it("chooseTicks ticks on UTC midnights and month starts, whatever the machine's time zone", () => {
    const plan = chooseTicks([start, Date.UTC(2019, 0, 1)], 1000);
    for (const t of plan.ticks) {
      const date = new Date(t);
      expect([date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]).toEqual([1, 0, 0]);
    }
  });

  it('chooseTicks with a narrower axis or a larger minSpacing chooses coarser ticks', () => {
    const domain = [start, Date.UTC(2019, 0, 1)] as const;
    expect(chooseTicks(domain, 300).unit).toBe('month');
    expect(chooseTicks(domain, 300).step).toBe(3);
    expect(chooseTicks(domain, 1000, 200)).toMatchObject({ unit: 'month', step: 3 });
  });

  it('chooseTicks over 100 years ticks every 10 years', () => {
    const plan = chooseTicks([Date.UTC(1918, 0, 1), Date.UTC(2018, 0, 1)], 1000);
    expect([plan.unit, plan.step]).toEqual(['year', 10]);
    expect(plan.ticks.map((t) => new Date(t).getUTCFullYear())).toEqual([
      1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010,
    ]);
  });

  it('chooseTicks over years 0001–9999 on 100 px still keeps ticks apart, every few thousand years', () => {
    // Date.UTC would read year 1 as 1901.
    const yearStart = (year: number) => new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(year);
    const domain = [yearStart(1), yearStart(9999)] as const;
    const plan = chooseTicks(domain, 100);
    expect(plan.unit).toBe('year');
    expect(plan.step).toBeGreaterThanOrEqual(1000);
    expect(closest(plan, domain, 100)).toBeGreaterThanOrEqual(64);
  });

  it.each([
    ['zero width', [start, start + DAY], 0],
    ['negative width', [start, start + DAY], -10],
    ['NaN width', [start, start + DAY], Number.NaN],
    ['an empty domain', [start, start], 1000],
    ['a reversed domain', [start + DAY, start], 1000],
    ['a domain with NaN', [Number.NaN, start], 1000],
  ] as const)('chooseTicks with %s returns no ticks and does not throw', (_, domain, width) => {
    expect(chooseTicks(domain, width).ticks).toEqual([]);
  });

  it('chooseTicks over a domain shorter than an hour returns the hour ticks inside it, if any', () => {
    expect(chooseTicks([start + 10 * 60_000, start + 20 * 60_000], 1000)).toEqual({
      unit: 'hour',
      step: 1,
      ticks: [],
    });
    expect(chooseTicks([start - 60_000, start + 60_000], 1000).ticks).toEqual([start]);
  });
});

describe('formatTick', () => {
  const feb13 = Date.UTC(2018, 1, 13, 14);

  it('formatTick(t, "year", "en-GB") is "2018"', () => {
    expect(formatTick(feb13, 'year', 'en-GB')).toBe('2018');
  });

  it('formatTick(t, "month", "en-GB", previous) is "Feb", with the year on the first tick and when the year turns', () => {
    const ticks = [Date.UTC(2017, 10, 1), Date.UTC(2017, 11, 1), Date.UTC(2018, 0, 1), Date.UTC(2018, 1, 1)];
    expect(ticks.map((t, i) => formatTick(t, 'month', 'en-GB', ticks[i - 1]))).toEqual([
      'Nov 2017',
      'Dec',
      'Jan 2018',
      'Feb',
    ]);
  });

  it('formatTick(t, "day", "en-GB", previous) is "13 Feb", with the year on the first tick and when the year turns', () => {
    const ticks = [Date.UTC(2017, 11, 31), Date.UTC(2018, 0, 1), Date.UTC(2018, 0, 2)];
    expect(ticks.map((t, i) => formatTick(t, 'day', 'en-GB', ticks[i - 1]))).toEqual([
      '31 Dec 2017',
      '1 Jan 2018',
      '2 Jan',
    ]);
    expect(formatTick(feb13, 'week', 'en-GB', Date.UTC(2018, 1, 6))).toBe('13 Feb');
  });

  it('formatTick(t, "hour", "en-GB", previous) is "14:00", with the day on the first tick and when the day turns', () => {
    const ticks = [
      Date.UTC(2018, 1, 13, 12),
      Date.UTC(2018, 1, 13, 18),
      Date.UTC(2018, 1, 14, 0),
      Date.UTC(2018, 1, 14, 6),
    ];
    expect(ticks.map((t, i) => formatTick(t, 'hour', 'en-GB', ticks[i - 1]))).toEqual([
      '13 Feb, 12:00',
      '18:00',
      '14 Feb, 00:00',
      '06:00',
    ]);
    expect(formatTick(feb13, 'hour', 'en-GB', Date.UTC(2018, 1, 13, 13))).toBe('14:00');
  });

  it('formatTick(t, "hour", "en-US") follows the locale\'s 12-hour clock', () => {
    expect(formatTick(feb13, 'hour', 'en-US', Date.UTC(2018, 1, 13, 13))).toMatch(/^2:00\sPM$/);
  });

  it('formatTick reads dates in UTC: the first instant of 13 February is "13 Feb" in every time zone', () => {
    expect(formatTick(Date.UTC(2018, 1, 13), 'day', 'en-GB', Date.UTC(2018, 1, 12))).toBe('13 Feb');
    expect(formatTick(Date.UTC(2018, 0, 1), 'year', 'en-GB')).toBe('2018');
  });

  it('formatTick(t, "year", "ar-EG") writes ٢٠١٨ in Arabic-Indic digits', () => {
    expect(formatTick(feb13, 'year', 'ar-EG')).toContain('٢٠١٨');
    expect(formatTick(feb13, 'year', 'ar-u-nu-arab')).toContain('٢٠١٨');
  });

  it('formatTick(t, "year", "ar") is 2018 in the digits the runtime\'s Arabic locale uses', () => {
    // CLDR 46 and later default plain "ar" to Latin digits; older data use Arabic-Indic.
    expect(['2018', '٢٠١٨'].some((year) => formatTick(feb13, 'year', 'ar').includes(year))).toBe(true);
  });

  it('formatTick(t, "month", "ar") names the month in Arabic', () => {
    expect(formatTick(feb13, 'month', 'ar', Date.UTC(2018, 0, 1))).toBe('فبراير');
    expect(formatTick(feb13, 'month', 'ar-SY', Date.UTC(2018, 0, 1))).toBe('شباط');
  });

  it.each(['en_GB', '', 'not a locale!'])(
    'formatTick(t, "day", %j) falls back to English rather than throw',
    (locale) => {
      expect(formatTick(feb13, 'day', locale)).toMatch(/Feb.*13|13.*Feb/);
    },
  );
});
