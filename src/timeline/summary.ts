/** The timeline described in one sentence: its span, how many events, and which categories. */
import type { TimelineEvent } from '../data/types';
import { formatPartialDate } from '../data/describe-date';
import { UNCATEGORISED } from '../layout/categories';
import { categoryName, type Messages } from '../i18n/messages';

/**
 * "35 events from 2017 to 13 February 2018, in 7 categories: offensive (8), capture (12), …".
 * Each end is written as precisely as the data knows it; categories are listed in order of
 * first appearance, as in the key. Empty when there are no events.
 */
export function describeTimeline(events: readonly TimelineEvent[], words: Messages, locale: string): string {
  if (events.length === 0) return '';
  let first = events[0]!;
  let last = events[0]!;
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.span.start < first.span.start) first = e;
    if (e.span.end > last.span.end) last = e;
    const c = e.category ?? UNCATEGORISED;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const categories = [...counts].map(([name, count]): [string, number] => [categoryName(words, name), count]);
  return words.summary(
    events.length,
    formatPartialDate(first.start, locale),
    formatPartialDate(last.end ?? last.start, locale),
    categories,
  );
}
