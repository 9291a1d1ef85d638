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

const ASCII = /^[\0-\x7f]*$/;

/**
 * Lower case without accents, so "Khuwayn" finds "al-Khuwayn" and "Ahrar" finds "Aḥrār". Plain
 * ASCII has no accents to take off: lower case is all (the full fold took 2.4 µs an event).
 */
export function fold(text: string): string {
  return ASCII.test(text)
    ? text.toLowerCase()
    : text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** What a filter's words are looked for in, folded once per event: events do not change. */
const haystacks = new WeakMap<TimelineEvent, string>();

function haystackOf(event: TimelineEvent): string {
  let haystack = haystacks.get(event);
  if (haystack === undefined) {
    const texts = [event.title, event.title_ar ?? '', ...(event.actors ?? [])];
    for (const place of event.places ?? []) texts.push(place.name);
    haystacks.set(event, (haystack = fold(texts.join('\n'))));
  }
  return haystack;
}

const wordsOf = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/** Whether every word of `query` appears in the event's title, Arabic title, actors or places. */
export function matchesText(event: TimelineEvent, query: string): boolean {
  const words = wordsOf(query);
  return words.length === 0 || hasEvery(event, words);
}

function hasEvery(event: TimelineEvent, words: readonly string[]): boolean {
  const haystack = haystackOf(event);
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
  // The query's words folded once, not once an event.
  const words = wordsOf(filter?.text ?? '');
  // Nothing filtered, the usual case: the same list, not a copy of 100,000 events.
  if (!wanted && !confidences && words.length === 0) return events;
  return events.filter(
    (e) =>
      (!wanted || wanted.has(e.category ?? UNCATEGORISED)) &&
      (!confidences || confidences.has(confidenceOf(e))) &&
      (words.length === 0 || hasEvery(e, words)),
  );
}
