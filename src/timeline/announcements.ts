/**
 * What the polite live region says after a change: one short sentence, never the whole panel
 * again, so a screen reader user hears that something changed and what, once.
 */
import type { TimelineEvent } from '../data/types';
import { describeDate } from '../data/describe-date';
import type { Messages } from '../i18n/messages';
import { eventTitle } from '../i18n/event-title';

/** "Selected: IS fighters surrender to rebels, 13 February 2018." or "Selection cleared." */
export function selectionAnnouncement(event: TimelineEvent | null, words: Messages, locale: string): string {
  if (!event) return words.selectionCleared;
  return words.selected(eventTitle(event, locale), describeDate(event, locale, words));
}

/** After a filter: "Showing 12 of 35 events." */
export function filterAnnouncement(shown: number, total: number, words: Messages): string {
  return words.showing(shown, total);
}

/** After a zoom or pan: "Showing 1 January – 13 February 2018: 14 events." `window` is in ms, end exclusive. */
export function windowAnnouncement(
  window: readonly [number, number],
  count: number,
  words: Messages,
  locale: string,
): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const period = describeDate(
    { start: day(window[0]), end: day(Math.max(window[0], window[1] - 1)) },
    locale,
    words,
  );
  return words.windowShown(period, count);
}
