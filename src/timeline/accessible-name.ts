/** What a screen reader says for an event: a sentence, with uncertainty and confidence in words. */
import type { TimelineEvent } from '../data/types';
import { describeDate } from '../data/describe-date';
import { UNCATEGORISED } from '../layout/categories';
import { categoryName, type Messages } from '../i18n/messages';
import { eventTitle } from '../i18n/event-title';

/** For each event, its position within its category and the category's size, in time order. */
export function categoryPositions(events: readonly TimelineEvent[]): Map<string, [number, number]> {
  const totals = new Map<string, number>();
  for (const e of events) {
    const c = e.category ?? UNCATEGORISED;
    totals.set(c, (totals.get(c) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const positions = new Map<string, [number, number]>();
  for (const e of events) {
    const c = e.category ?? UNCATEGORISED;
    const n = (seen.get(c) ?? 0) + 1;
    seen.set(c, n);
    positions.set(e.id, [n, totals.get(c) ?? n]);
  }
  return positions;
}

/**
 * "13 February 2018, claimed: IS fighters surrender to rebels, 1 of 2 in surrender".
 * A vague date is said as vaguely as it is known ("early February 2018", "around 2017"), and
 * the confidence is a word, so neither rests on the blur or the hollow mark that draws it.
 */
export function accessibleName(
  event: TimelineEvent,
  position: readonly [number, number],
  words: Messages,
  locale: string,
): string {
  const confidence = event.confidence ? words.confidence[event.confidence] : undefined;
  const category = categoryName(words, event.category ?? UNCATEGORISED);
  const where = words.positionInCategory(position[0], position[1], category);
  return words.eventName(describeDate(event, locale, words), confidence, eventTitle(event, locale), where);
}
