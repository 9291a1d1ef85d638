import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { DAY, parsePartialDate, resolveSpan } from '../../src/data/dates';

const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

describe('parsePartialDate', () => {
  it('parsePartialDate("2017") covers the whole year 2017', () => {
    expect(parsePartialDate('2017')).toEqual({
      start: utc(2017, 1, 1),
      end: utc(2018, 1, 1),
      precision: 'year',
    });
  });

  it('parsePartialDate("2017-10") covers the whole of October 2017', () => {
    expect(parsePartialDate('2017-10')).toEqual({
      start: utc(2017, 10, 1),
      end: utc(2017, 11, 1),
      precision: 'month',
    });
  });

  it('parsePartialDate("2017-12") ends at the first instant of 2018', () => {
    expect(parsePartialDate('2017-12')!.end).toBe(utc(2018, 1, 1));
  });

  it('parsePartialDate("2018-02-13") covers exactly one day', () => {
    const date = parsePartialDate('2018-02-13')!;
    expect(date).toEqual({ start: utc(2018, 2, 13), end: utc(2018, 2, 14), precision: 'day' });
    expect(date.end - date.start).toBe(DAY);
  });

  it('parsePartialDate("2018-02-13") is 13 February in UTC whatever the machine\'s time zone', () => {
    const { start, end } = parsePartialDate('2018-02-13')!;
    const first = new Date(start);
    expect([first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate(), first.getUTCHours()]).toEqual([
      2018, 1, 13, 0,
    ]);
    expect(new Date(end - 1).getUTCDate()).toBe(13);
    expect(first.toISOString()).toBe('2018-02-13T00:00:00.000Z');
  });

  it('parsePartialDate("2018-02-13").start is the same instant on every machine: 1518480000000', () => {
    expect(parsePartialDate('2018-02-13')!.start).toBe(1_518_480_000_000);
  });

  it('parsePartialDate("2018-03-11") is a 24-hour day even where clocks change that night (US DST)', () => {
    const { start, end } = parsePartialDate('2018-03-11')!;
    expect(end - start).toBe(DAY);
    expect(new Date(start).toISOString()).toBe('2018-03-11T00:00:00.000Z');
  });

  it('parsePartialDate("2018-11-04") is a 24-hour day where clocks go back (US DST)', () => {
    const { start, end } = parsePartialDate('2018-11-04')!;
    expect(end - start).toBe(DAY);
    expect(new Date(end).toISOString()).toBe('2018-11-05T00:00:00.000Z');
  });

  it.each([
    '2018-02-30',
    '2018-02-29',
    '2017-13',
    '2017-00',
    '2017-01-00',
    '2017-04-31',
    '2017-01-32',
    '0000',
  ])('parsePartialDate("%s") is null: no such date', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  it.each([
    '13/02/2018',
    '2018-2-13',
    '18',
    '20180213',
    '2018-02-13T10:00',
    ' 2018',
    '2018-',
    '+2018',
    '12345',
    '',
    'February 2018',
  ])('parsePartialDate("%s") is null: not YYYY, YYYY-MM or YYYY-MM-DD', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  it.each([2018, null, undefined, {}, ['2018'], new Date(Date.UTC(2018, 1, 13))])(
    'parsePartialDate(%j) is null: only text is read',
    (value) => {
      expect(parsePartialDate(value)).toBeNull();
    },
  );

  it('parsePartialDate knows leap years: 2016-02-29 and 2000-02-29 exist, 1900-02-29 and 2018-02-29 do not', () => {
    expect(parsePartialDate('2016-02-29')?.start).toBe(utc(2016, 2, 29));
    expect(parsePartialDate('2000-02-29')?.start).toBe(utc(2000, 2, 29));
    expect(parsePartialDate('1900-02-29')).toBeNull();
    expect(parsePartialDate('2018-02-29')).toBeNull();
  });

  it('parsePartialDate("2016-02") lasts 29 days and parsePartialDate("2018-02") 28', () => {
    const leap = parsePartialDate('2016-02')!;
    const common = parsePartialDate('2018-02')!;
    expect((leap.end - leap.start) / DAY).toBe(29);
    expect((common.end - common.start) / DAY).toBe(28);
  });

  it('parsePartialDate("0001") is the year 1, not 1901', () => {
    const { start, end } = parsePartialDate('0001')!;
    expect(new Date(start).getUTCFullYear()).toBe(1);
    expect(new Date(start).toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(new Date(end).getUTCFullYear()).toBe(2);
  });

  it('parsePartialDate("0099-12-31") is in the year 99, not 1999', () => {
    const date = new Date(parsePartialDate('0099-12-31')!.start);
    expect([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]).toEqual([99, 11, 31]);
  });

  it('parsePartialDate("0099") ends at the first instant of the year 100', () => {
    expect(new Date(parsePartialDate('0099')!.end).toISOString()).toBe('0100-01-01T00:00:00.000Z');
  });

  it('parsePartialDate("9999") and parsePartialDate("9999-12-31") end at the first instant of 10000', () => {
    expect(new Date(parsePartialDate('9999')!.end).toISOString()).toBe('+010000-01-01T00:00:00.000Z');
    expect(new Date(parsePartialDate('9999-12-31')!.start).toISOString()).toBe('9999-12-31T00:00:00.000Z');
    expect(parsePartialDate('9999-12-31')!.end).toBe(parsePartialDate('9999')!.end);
  });
});

describe('resolveSpan', () => {
  it('resolveSpan("2018-02-13") is that one day, known to the day', () => {
    expect(resolveSpan('2018-02-13')).toEqual({
      ok: true,
      span: { start: utc(2018, 2, 13), end: utc(2018, 2, 14) },
      precision: 'day',
    });
  });

  it('resolveSpan("2017-10", "2018-02-13") runs from 1 October 2017 to the end of 13 February 2018, known to the month', () => {
    expect(resolveSpan('2017-10', '2018-02-13')).toEqual({
      ok: true,
      span: { start: utc(2017, 10, 1), end: utc(2018, 2, 14) },
      precision: 'month',
    });
  });

  it('resolveSpan("2018-02-01", "2018") includes the end date: it runs to the end of 2018, known to the year', () => {
    expect(resolveSpan('2018-02-01', '2018')).toEqual({
      ok: true,
      span: { start: utc(2018, 2, 1), end: utc(2019, 1, 1) },
      precision: 'year',
    });
  });

  it('resolveSpan("2018-02-13", "2018-02-13") is one day', () => {
    const resolved = resolveSpan('2018-02-13', '2018-02-13');
    expect(resolved.ok && resolved.span.end - resolved.span.start).toBe(DAY);
  });

  it('resolveSpan("13/02/2018") blames the start and says which formats work', () => {
    expect(resolveSpan('13/02/2018')).toMatchObject({
      ok: false,
      error: 'start',
      code: 'not-a-date',
      reason: 'is not a date: "13/02/2018" (use YYYY, YYYY-MM or YYYY-MM-DD)',
    });
  });

  it('resolveSpan("2018-02-30") says the date does not exist', () => {
    expect(resolveSpan('2018-02-30')).toMatchObject({
      ok: false,
      error: 'start',
      code: 'not-a-real-date',
      reason: 'is not a real date: "2018-02-30"',
    });
  });

  it('resolveSpan("2018", "soon") blames the end', () => {
    expect(resolveSpan('2018', 'soon')).toMatchObject({ ok: false, error: 'end' });
  });

  it('resolveSpan("2018-02-13", "2018-02-12") ends before it starts', () => {
    expect(resolveSpan('2018-02-13', '2018-02-12')).toMatchObject({
      ok: false,
      error: 'order',
      code: 'ends-before-start',
      values: { value: '"2018-02-12"', start: '"2018-02-13"' },
      reason: 'ends before it starts ("2018-02-12" is before "2018-02-13")',
    });
  });

  it('resolveSpan("2018-05", "2018") is allowed: the end year contains the start', () => {
    expect(resolveSpan('2018-05', '2018')).toMatchObject({
      ok: true,
      span: { start: utc(2018, 5, 1), end: utc(2019, 1, 1) },
    });
  });

  it('resolveSpan quotes at most 40 characters of a pasted paragraph', () => {
    const resolved = resolveSpan('On the morning of 13 February 2018, shelling resumed across the district');
    expect(resolved.ok).toBe(false);
    if (!resolved.ok)
      expect(resolved.reason).toBe(
        'is not a date: "On the morning of 13 February 2018, she…" (use YYYY, YYYY-MM or YYYY-MM-DD)',
      );
  });
});

describe('parsePartialDate: property', () => {
  it('parsePartialDate(any real YYYY-MM-DD from 0001 to 9999) is that UTC day, and the next day starts where it ends', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          const day = parsePartialDate(text)!;
          expect(new Date(day.start).toISOString().slice(0, 10)).toBe(text);
          expect(day.end - day.start).toBe(DAY);
          const next = new Date(day.end).toISOString().slice(0, 10);
          expect(parsePartialDate(next)!.start).toBe(day.end);
        },
      ),
    );
  });

  it('parsePartialDate(YYYY-MM-DD) is null exactly when the day does not exist in that month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const pad = (n: number, width: number) => String(n).padStart(width, '0');
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          // What the calendar says: day 0 of the next month is the last day of this one.
          const last = new Date(new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(year, month, 0)).getUTCDate();
          expect(parsePartialDate(text) !== null).toBe(day >= 1 && day <= last);
        },
      ),
    );
  });
});
