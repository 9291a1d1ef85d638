import { describe, expect, it, vi } from 'vitest';
import { describeDate, formatPartialDate } from '../../src/data/describe-date';
import { en } from '../../src/i18n/messages';

const d = (start: string, end?: string, approximate?: boolean) =>
  describeDate({ start, end, approximate }, 'en-GB');

describe('describeDate', () => {
  it('describeDate writes a date exactly as precisely as it is known', () => {
    expect(d('2018-02-13')).toBe('13 February 2018');
    expect(d('2018-02')).toBe('February 2018');
    expect(d('2017')).toBe('2017');
  });

  it('describeDate writes vague spans in words: early February, late 2017', () => {
    expect(d('2018-02-01', '2018-02-10', true)).toBe('early February 2018');
    expect(d('2018-02-11', '2018-02-20', true)).toBe('mid-February 2018');
    expect(d('2017-10', '2017-12', true)).toBe('late 2017');
    expect(d('2017-12-25', undefined, true)).toBe('around 25 December 2017');
  });

  it('describeDate writes ranges with Intl', () => {
    expect(d('2017-02-20', '2017-02-27')).toMatch(/^20\s?–\s?27 February 2017$/);
    expect(d('2017', '2017')).toBe('2017');
  });

  it('describes a date once for all the events that share it, and again when an event changes its dates', () => {
    const formatRange = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatRange');
    try {
      const [a, b] = [0, 1].map(() => ({ start: '2016-03-01', end: '2016-03-09' }));
      const first = describeDate(a!, 'en-GB');
      expect(describeDate(b!, 'en-GB')).toBe(first);
      expect(formatRange).toHaveBeenCalledTimes(1);
      // The same event object with new dates (a caller may reuse one) is described anew.
      a!.end = '2016-03-19';
      expect(describeDate(a!, 'en-GB')).toMatch(/^1\s?–\s?19 March 2016$/);
      // Other words (a page's own messages) are another description.
      const words = { ...en, around: (text: string) => `c. ${text}` };
      const day = { start: '2016-03-01', approximate: true };
      expect(describeDate(day, 'en-GB')).toBe('around 1 March 2016');
      expect(describeDate(day, 'en-GB', words)).toBe('c. 1 March 2016');
    } finally {
      formatRange.mockRestore();
    }
  });

  it('formatPartialDate uses the locale (Arabic month names; Arabic-Indic digits for ar-SY)', () => {
    expect(formatPartialDate('2018-02-13', 'ar')).toMatch(/فبراير/);
    expect(formatPartialDate('2018-02-13', 'ar-SY')).toMatch(/١٣/);
    expect(formatPartialDate('2018-02-13', 'en-US')).toBe('February 13, 2018');
    // An invalid tag falls back to English rather than throwing into the page.
    expect(formatPartialDate('2018-02-13', 'not a locale!!')).toBe('February 13, 2018');
  });
});
