import { describe, expect, it } from 'vitest';

import { DAY, parsePartialDate, resolveSpan } from '../../src/data/dates';
import { describeDate, formatPartialDate } from '../../src/data/describe-date';
import { astronomicalYear, formatFarDate, isFarDate } from '../../src/data/far-dates';

describe('parsePartialDate with ISO 8601 expanded years', () => {
  it('parsePartialDate("-0299") is 300 BC: astronomical numbering, the same instant Date gives', () => {
    const date = parsePartialDate('-0299')!;
    expect(date.precision).toBe('year');
    expect(new Date(date.start).toISOString()).toBe('-000299-01-01T00:00:00.000Z');
    expect(new Date(date.end).toISOString()).toBe('-000298-01-01T00:00:00.000Z');
  });

  it('parsePartialDate("-0000") is 1 BC and ends where the year 1 begins', () => {
    expect(parsePartialDate('-0000')!.end).toBe(parsePartialDate('0001')!.start);
  });

  it('parsePartialDate("-0044-03-15") is the Ides of March, a 24-hour day', () => {
    const { start, end, precision } = parsePartialDate('-0044-03-15')!;
    expect(precision).toBe('day');
    expect(end - start).toBe(DAY);
    expect(new Date(start).toISOString()).toBe('-000044-03-15T00:00:00.000Z');
  });

  it('parsePartialDate("+12000") is the year 12000; "+2018" is not (write it 2018)', () => {
    expect(new Date(parsePartialDate('+12000')!.start).toISOString()).toBe('+012000-01-01T00:00:00.000Z');
    expect(parsePartialDate('+2018')).toBeNull();
  });

  it('parsePartialDate("-13799999999") is in deep time: about 13.8 billion years before 1970', () => {
    const { start, end } = parsePartialDate('-13799999999')!;
    const years = (0 - start) / (365.2425 * DAY);
    expect(years).toBeGreaterThan(13.79e9);
    expect(years).toBeLessThan(13.81e9);
    // A deep-time year is still one Gregorian year long, give or take a leap day.
    expect(Math.round((end - start) / DAY)).toBeGreaterThanOrEqual(365);
    expect(Math.round((end - start) / DAY)).toBeLessThanOrEqual(366);
  });

  it('deep-time years keep their order and their leap days (-4000000000-02-29 exists, as 2000-02-29 does)', () => {
    expect(parsePartialDate('-4600000000')!.start).toBeLessThan(parsePartialDate('-540000000')!.start);
    expect(parsePartialDate('-4000000000-02-29')).not.toBeNull();
    expect(parsePartialDate('-4000000100-02-29')).toBeNull();
  });

  it.each(['-300', '-', '-0300-13', '+0300', '-99999999999999'])('parsePartialDate("%s") is null', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  it('resolveSpan("-0299", "0014") runs from 300 BC to the end of AD 14', () => {
    const span = resolveSpan('-0299', '0014');
    expect(span.ok).toBe(true);
    if (span.ok) expect(new Date(span.span.end).toISOString()).toBe('0015-01-01T00:00:00.000Z');
  });
});

describe('far dates in words', () => {
  it('formatFarDate names the era before the year 1, where Intl alone would write "300"', () => {
    const start = parsePartialDate('-0299')!.start;
    expect(isFarDate(start)).toBe(true);
    expect(formatFarDate(start, 'year', 'en')).toBe('300 BC');
    expect(formatPartialDate('-0044-03', 'en-GB')).toBe('March 45 BC');
  });

  it('formatFarDate writes deep time in compact words in the locale: "13.8 billion BC", "4.6 Milliarden v. Chr."', () => {
    const bang = parsePartialDate('-13799999999')!.start;
    expect(formatFarDate(bang, 'year', 'en')).toBe('13.8 billion BC');
    expect(formatFarDate(parsePartialDate('-4599999999')!.start, 'year', 'de')).toMatch(
      /^4,6 Milliarden v\. Chr\.$/,
    );
    expect(astronomicalYear(bang)).toBe(-13_799_999_999);
  });

  it('describeDate names both eras of a span across the year 1, and leaves modern dates alone', () => {
    expect(describeDate({ start: '-0299', end: '0014' }, 'en')).toBe('300 BC – 14 AD');
    expect(describeDate({ start: '2018-02-13' }, 'en-GB')).toBe('13 February 2018');
    expect(isFarDate(parsePartialDate('2018')!.start)).toBe(false);
  });
});

describe('deep time on the axis', () => {
  it('chooseTicks(from the Big Bang to 1990) ticks on round billions of years, written with their era', async () => {
    const { chooseTicks, formatTick } = await import('../../src/layout/ticks');
    const domain: [number, number] = [parsePartialDate('-13799999999')!.start, parsePartialDate('1990')!.end];
    const plan = chooseTicks(domain, 1000, 60);
    expect(plan.ticks.length).toBeGreaterThanOrEqual(4);
    expect(plan.ticks.every((t) => t >= domain[0] && t <= domain[1])).toBe(true);
    const labels = plan.ticks.map((t) => formatTick(t, plan.unit, 'en'));
    expect(labels).toContain('10 billion BC');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('chooseTicks(300,000 years) still finds ticks past the longest calendar step', async () => {
    const { chooseTicks } = await import('../../src/layout/ticks');
    const plan = chooseTicks([parsePartialDate('-299999')!.start, parsePartialDate('2000')!.end], 800, 60);
    expect(plan.ticks.length).toBeGreaterThanOrEqual(3);
  });

  it('formatTick names the era of a year before 1 ("300 BC"), and leaves later years alone', async () => {
    const { formatTick } = await import('../../src/layout/ticks');
    expect(formatTick(parsePartialDate('-0299')!.start, 'year', 'en')).toBe('300 BC');
    expect(formatTick(parsePartialDate('0650')!.start, 'year', 'en')).toBe('650');
  });
});

describe('BC years on the axis', () => {
  it('chooseTicks(300 BC to AD 2000) ticks on round BC years: "200 BC", never "201 BC"', async () => {
    const { chooseTicks, formatTick } = await import('../../src/layout/ticks');
    const domain: [number, number] = [parsePartialDate('-0350')!.start, parsePartialDate('2000')!.end];
    const plan = chooseTicks(domain, 1200, 60);
    const labels = plan.ticks.map((t) => formatTick(t, plan.unit, 'en'));
    const bc = labels.filter((l) => l.endsWith('BC'));
    expect(bc.length).toBeGreaterThan(0);
    for (const label of bc) expect(Number(label.replace(/\D/g, '')) % 100).toBe(0);
  });
});

describe('roundYears', () => {
  it('roundYears(start, stop, count) steps by 1, 2 or 5 times a power of ten, like d3 ticks', async () => {
    const { roundYears } = await import('../../src/layout/deep-time-ticks');
    expect(roundYears(-13_800_000_000, 2000, 7)).toEqual([-12e9, -10e9, -8e9, -6e9, -4e9, -2e9, 0]);
    expect(roundYears(1, 9, 4)).toEqual([2, 4, 6, 8]);
    expect(roundYears(-300, 2000, 10)).toEqual([
      -200, 0, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000,
    ]);
    expect(roundYears(5, 5, 3)).toEqual([]);
  });
});
