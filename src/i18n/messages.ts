/**
 * The component's own words. A page can pass its own catalogue (the `messages`
 * property); anything it leaves out falls back to English.
 */
import type { Confidence } from '../data/types';

export interface Messages {
  loading: string;
  empty: string;
  noneInWindow: string;
  loadFailed: (url: string, reason: string) => string;
  problemsFound: (count: number) => string;
  dismiss: string;
  eventsLabel: string;
  keyLabel: string;
  confidence: Record<Confidence, string>;
  /** Words for dates known only roughly. */
  early: (period: string) => string;
  mid: (period: string) => string;
  late: (period: string) => string;
  around: (period: string) => string;
  /** "1 of 3 in surrender": where an event sits in its category. */
  positionInCategory: (position: number, total: number, category: string) => string;
  markKinds: { point: string; range: string; approximate: string };
}

export const en: Messages = {
  loading: 'Loading the timeline…',
  empty: 'There are no events to show.',
  noneInWindow: 'No events fall in the chosen period.',
  loadFailed: (url, reason) => `The timeline could not be loaded from ${url}: ${reason}`,
  problemsFound: (count) =>
    count === 1 ? '1 problem was found in the data.' : `${count} problems were found in the data.`,
  dismiss: 'Dismiss',
  eventsLabel: 'Events',
  keyLabel: 'Key',
  confidence: {
    confirmed: 'confirmed',
    reported: 'reported',
    claimed: 'claimed',
    disputed: 'disputed',
  },
  early: (p) => `early ${p}`,
  mid: (p) => `mid-${p}`,
  late: (p) => `late ${p}`,
  around: (p) => `around ${p}`,
  positionInCategory: (position, total, category) => `${position} of ${total} in ${category}`,
  markKinds: { point: 'one day', range: 'a period', approximate: 'an approximate date' },
};

/** The catalogue for a locale, with a page's overrides on top. */
export function messagesFor(_locale: string, overrides?: Partial<Messages>): Messages {
  return { ...en, ...overrides };
}
