/**
 * Which events a reader has asked to see: by category, by confidence, and by words in the title,
 * actors or places. Pure, so the timeline and its legend agree on every count.
 */
import type { Confidence, TimelineEvent } from '../data/types';
import { UNCATEGORISED } from './categories';

/** The filter state a page or `<timeline-legend>` sets on a timeline, beside its `categories`. */
export interface EventFilter {
  /** Words that must all appear in the title, an actor or a place (case and accents ignored). */
  text?: string;
  /** Confidence levels to show; every level when absent. Events without one count as `reported`. */
  confidences?: readonly Confidence[];
}

/** Lower case without accents, so "Khuwayn" finds "al-Khuwayn" and "Ahrar" finds "Aḥrār". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** Whether every word of `query` appears in the event's title, Arabic title, actors or places. */
export function matchesText(event: TimelineEvent, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      event.title,
      event.title_ar ?? '',
      ...(event.actors ?? []),
      ...(event.places ?? []).map((p) => p.name),
    ].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** The confidence an event is drawn and filtered with. */
export function confidenceOf(event: TimelineEvent): Confidence {
  return event.confidence ?? 'reported';
}

/**
 * The events that pass: in one of `categories` (every category when it is undefined or empty),
 * at one of the filter's confidences, and matching its text. Keeps the input order.
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  categories: readonly string[] | undefined,
  filter: EventFilter | undefined,
): readonly TimelineEvent[] {
  const wanted = categories && categories.length > 0 ? new Set(categories) : null;
  const confidences = filter?.confidences ? new Set(filter.confidences) : null;
  const text = filter?.text?.trim() ?? '';
  // Nothing filtered, the usual case: the same list, not a copy of 100,000 events.
  if (!wanted && !confidences && !text) return events;
  return events.filter(
    (e) =>
      (!wanted || wanted.has(e.category ?? UNCATEGORISED)) &&
      (!confidences || confidences.has(confidenceOf(e))) &&
      (!text || matchesText(e, text)),
  );
}
