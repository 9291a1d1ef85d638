// Dates read correctly in the locales readers of this kind of timeline use: Arabic, Persian,
// Hebrew, Japanese and two Englishes. Dataset dates are Gregorian, so every locale names the
// Gregorian day, month and year, in its own words and digits.
import { describe, expect, it } from 'vitest';

import { describeDate, formatPartialDate } from '../../src/data/describe-date';
import { formatTick } from '../../src/layout/ticks';

/** ICU separates some parts with thin or no-break spaces; a reader sees a space. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

const EXPECTED: Record<string, { day: string; month: string; year: string; tickMonth: string }> = {
  ar: { day: '13 فبراير 2018', month: 'فبراير 2018', year: '2017', tickMonth: 'فبراير' },
  'ar-EG': { day: '١٣ فبراير ٢٠١٨', month: 'فبراير ٢٠١٨', year: '٢٠١٧', tickMonth: 'فبراير' },
  fa: { day: '۱۳ فوریهٔ ۲۰۱۸', month: 'فوریهٔ ۲۰۱۸', year: '۲۰۱۷', tickMonth: 'فوریه' },
  he: { day: '13 בפברואר 2018', month: 'פברואר 2018', year: '2017', tickMonth: 'פבר׳' },
  ja: { day: '2018年2月13日', month: '2018年2月', year: '2017年', tickMonth: '2月' },
  'en-GB': { day: '13 February 2018', month: 'February 2018', year: '2017', tickMonth: 'Feb' },
  'en-US': { day: 'February 13, 2018', month: 'February 2018', year: '2017', tickMonth: 'Feb' },
};

describe('dates in ar, fa, he, ja, en-GB and en-US', () => {
  it.each(Object.entries(EXPECTED))(
    'formatPartialDate(date, %j) names the Gregorian day, month and year',
    (locale, expected) => {
      expect(plain(formatPartialDate('2018-02-13', locale))).toBe(expected.day);
      expect(plain(formatPartialDate('2018-02', locale))).toBe(expected.month);
      expect(plain(formatPartialDate('2017', locale))).toBe(expected.year);
    },
  );

  it.each(Object.entries(EXPECTED))(
    'formatTick(1 February 2018, "month", %j) names February',
    (locale, expected) => {
      const february = Date.UTC(2018, 1, 1);
      expect(plain(formatTick(february, 'month', locale, Date.UTC(2018, 0, 1)))).toBe(expected.tickMonth);
    },
  );

  it('formatPartialDate("2018-02", "fa") is February, not Bahman: the Persian calendar would split it in two', () => {
    // 1 February 2018 is 12 Bahman 1396; 28 February is 9 Esfand. A Persian month name would be wrong.
    const text = formatPartialDate('2018-02', 'fa');
    expect(text).not.toMatch(/بهمن|اسفند|۱۳۹۶/);
    expect(formatPartialDate('2017', 'fa')).not.toMatch(/۱۳۹۵|۱۳۹۶/);
  });

  it('formatPartialDate("2018-02", "ar-SA") is February 2018, not a Hijri month', () => {
    expect(formatPartialDate('2018-02', 'ar-SA')).toMatch(/فبراير/);
    expect(formatPartialDate('2018-02', 'ar-SA')).toMatch(/٢٠١٨|2018/);
  });

  it.each(['ar', 'fa', 'he', 'ja', 'en-GB', 'en-US'])(
    'describeDate(a range and a vague date, %j) keeps both ends in the Gregorian calendar',
    (locale) => {
      const range = plain(describeDate({ start: '2017-02-20', end: '2017-02-27' }, locale));
      expect(range).toMatch(/20|٢٠|۲۰/);
      expect(range).toMatch(/27|٢٧|۲۷/);
      expect(range).toMatch(/2017|٢٠١٧|۲۰۱۷/);
      const vague = plain(
        describeDate({ start: '2018-02-01', end: '2018-02-10', approximate: true }, locale),
      );
      expect(vague).toContain(plain(formatPartialDate('2018-02', locale)));
    },
  );

  it('formatTick in ja and he marks the year where it changes', () => {
    expect(formatTick(Date.UTC(2018, 0, 1), 'month', 'ja', Date.UTC(2017, 11, 1))).toBe('2018年1月');
    expect(plain(formatTick(Date.UTC(2018, 0, 1), 'month', 'he', Date.UTC(2017, 11, 1)))).toBe('ינו׳ 2018');
  });
});
