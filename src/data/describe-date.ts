/**
 * Writes an event's date in words, exactly as precisely as it is known:
 * "13 February 2018", "February 2018", "2017", "early February 2018", "late 2017".
 */
import type { DatePrecision, TimelineEvent } from './types';
import { parsePartialDate, DAY, type PartialDate } from './dates';
import { formatFarDate, isFarDate } from './far-dates';
import { en, type Messages } from '../i18n/messages';

type DatedEvent = Pick<TimelineEvent, 'start' | 'end' | 'approximate' | 'dateText'>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    // Dataset dates are Gregorian: in a locale whose default calendar differs (`fa` uses the Persian
    // one), "February 2018" would otherwise read as the one Persian month February starts in.
    const calendar = { timeZone: 'UTC', calendar: 'gregory' } as const;
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', ...calendar }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', ...calendar }
          : { year: 'numeric', month: 'long', day: 'numeric', ...calendar };
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An invalid locale tag must not break the page: fall back to English.
      f = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, f);
  }
  return f;
}

/** A partial ISO date in words at its own precision: `2018-02` → "February 2018". */
export function formatPartialDate(text: string, locale: string): string {
  const parsed = parsePartialDate(text);
  if (!parsed) return text;
  if (isFarDate(parsed.start)) return formatFarDate(parsed.start, parsed.precision, locale);
  return formatter(locale, parsed.precision).format(parsed.start);
}

/**
 * Which part of a period a span falls in, if it fits in one. `cuts` are the first
 * indexes of "mid" and "late": days 11 and 21 of a month, May and September of a year.
 */
function third(
  startIndex: number,
  endIndex: number,
  cuts: readonly [number, number],
): 'early' | 'mid' | 'late' | null {
  const part = (i: number) => (i < cuts[0] ? 0 : i < cuts[1] ? 1 : 2);
  const a = part(startIndex);
  if (a !== part(endIndex)) return null;
  return (['early', 'mid', 'late'] as const)[a];
}

/**
 * The words for each date as last described, by language: names, tooltips and table rows describe
 * the same events on every zoom step, and at 100,000 events most share their dates with others
 * (a few hundred days), so a table page or a first draw formats each date once, not each event.
 * Formatting dates is the costly part of them.
 */
const described = new WeakMap<Messages, Map<string, string>>();

export function describeDate(event: DatedEvent, locale: string, words: Messages = en): string {
  let texts = described.get(words);
  if (!texts) described.set(words, (texts = new Map()));
  const key = `${locale}\u0001${event.start}\u0001${event.end}\u0001${event.approximate}\u0001${event.dateText}`;
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size > 50_000) texts.clear();
    texts.set(key, (text = describeAnew(event, locale, words)));
  }
  return text;
}

function describeAnew(event: DatedEvent, locale: string, words: Messages): string {
  if (event.dateText) return event.dateText;
  const start = parsePartialDate(event.start);
  if (!start) return event.start;
  const end = event.end ? parsePartialDate(event.end) : null;
  const last = end && end.end > start.start ? end : start;
  if (isFarDate(start.start) || isFarDate(last.start))
    return describeFarDate(event, start, last, locale, words);

  if (event.approximate) {
    const from = new Date(start.start);
    const to = new Date(last.end - 1);
    const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
    // A vague span inside one month: "early February 2018".
    if (sameYear && from.getUTCMonth() === to.getUTCMonth() && start.precision === 'day') {
      const daysInMonth = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 0)).getUTCDate();
      const which = third(from.getUTCDate() - 1, to.getUTCDate() - 1, [10, 20]);
      const month = formatter(locale, 'month').format(start.start);
      if (which && last.end - start.start > DAY) return words[which](month);
      if (last.end - start.start >= daysInMonth * DAY) return words.around(month);
    }
    // A vague span inside one year, coarser than days: "late 2017".
    if (sameYear && start.precision !== 'day' && last.precision !== 'day') {
      const which = third(from.getUTCMonth(), to.getUTCMonth(), [4, 8]);
      const year = formatter(locale, 'year').format(start.start);
      if (which && (start.precision === 'month' || last !== start)) return words[which](year);
    }
  }

  const startText = formatter(locale, start.precision).format(start.start);
  let text = startText;
  if (last !== start) {
    const f = formatter(locale, start.precision);
    text =
      start.precision === last.precision && typeof f.formatRange === 'function'
        ? f.formatRange(start.start, last.start)
        : `${startText} – ${formatter(locale, last.precision).format(last.start)}`;
  }
  return event.approximate ? words.around(text) : text;
}

/** A span that starts before the year 1 (or past what Date holds) names its eras: "301 BC – AD 14". */
function describeFarDate(
  event: DatedEvent,
  start: PartialDate,
  last: PartialDate,
  locale: string,
  words: Messages,
): string {
  const from = formatFarDate(start.start, start.precision, locale);
  const text = last === start ? from : `${from} – ${formatFarDate(last.start, last.precision, locale)}`;
  return event.approximate ? words.around(text) : text;
}
