/**
 * The component's own words, in English here and in Arabic in arabic.ts. A page can pass its own catalogue
 * (the `messages` property); anything it leaves out falls back to the locale's catalogue,
 * then to English. Numbers in messages are written with the locale's digits.
 */
import type { Confidence } from '../data/types';
import type { LoadErrorKind } from '../timeline/load-dataset';
import { languageOf } from './locale';
import { englishProblemWords, type ProblemWords } from './problem-messages';

/** Everything the component says; the problems notice's reasons are in `ProblemWords`. */
export interface Messages extends ProblemWords {
  loading: string;
  empty: string;
  noneInWindow: string;
  loadFailed: (url: string, reason: string) => string;
  /**
   * Why a load failed, by kind, in the reader's language. A kind left out (all of them in English)
   * uses the detailed English reason the loader gives, which names statuses, sizes and origins.
   */
  loadReasons: Partial<Record<LoadErrorKind, string>>;
  problemsFound: (count: number) => string;
  /** One line of the problems list: "Event 3 (bad-date), start: is not a date". `index` is -1 for the dataset. */
  problemAt: (index: number, id: string | undefined, field: string, reason: string) => string;
  /** After `problemsFound`: how many events could not be drawn; empty for none. */
  eventsLeftOut: (count: number) => string;
  /** After a problem that left its event out. */
  leftOut: string;
  /** After the listed problems, when there are more than the notice lists. */
  moreProblems: (count: number) => string;
  /** The button that loads `src` again after a failure. */
  retry: string;
  dismiss: string;
  eventsLabel: string;
  keyLabel: string;
  /** Name of the list of background periods (eras) read to screen readers. */
  periodsLabel: string;
  confidence: Record<Confidence, string>;
  /** Words for dates known only roughly. */
  early: (period: string) => string;
  mid: (period: string) => string;
  late: (period: string) => string;
  around: (period: string) => string;
  /** "1 of 3 in surrender": where an event sits in its category. */
  positionInCategory: (position: number, total: number, category: string) => string;
  markKinds: { point: string; range: string; approximate: string };
  /** Above the density band: how many events it stands for. */
  denseSummary: (count: number) => string;
  /** "event 12 of 10,000 in view". */
  positionInView: (position: number, total: number) => string;
  /** Display names of the data's categories (`{ surrender: 'Surrender' }`); a category not listed shows as written. */
  categoryNames: Record<string, string>;
  /** An event's accessible name, as a sentence: "13 February 2018, claimed: …, 1 of 3 in surrender". */
  eventName: (date: string, confidence: string | undefined, title: string, position: string) => string;
  /** The description of the whole timeline: its span, how many events, which categories. */
  summary: (count: number, from: string, to: string, categories: readonly [string, number][]) => string;

  /** Live-region announcements. */
  selected: (title: string, date: string) => string;
  selectionCleared: string;
  /** After filtering: how many of the events are shown. */
  showing: (count: number, total: number) => string;
  /** After zooming or panning: the period now shown and how many events fall in it. */
  windowShown: (period: string, count: number) => string;

  /** The data table. */
  tableView: string;
  tableCaption: string;
  tableDate: string;
  tableEvent: string;
  tableCategory: string;
  tableConfidence: string;
  /** What the table says when the data gives no confidence. */
  notStated: string;
  /** Paging through a long table: the group's name, its buttons, and which rows are shown. */
  tablePages: string;
  tablePrevious: string;
  tableNext: string;
  tableRows: (first: number, last: number, total: number) => string;

  /** The keyboard help dialog. */
  keyboardHelp: string;
  close: string;
  keys: {
    previousNext: string;
    firstLast: string;
    page: string;
    select: string;
    clear: string;
    zoomIn: string;
    zoomOut: string;
    zoomReset: string;
    pan: string;
    help: string;
  };

  /** The on-screen zoom and pan buttons (`zoom-controls`). */
  zoom: {
    controls: string;
    zoomIn: string;
    zoomOut: string;
    fit: string;
    earlier: string;
    later: string;
  };

  /** `<timeline-details>`: the selected event in full. */
  details: {
    label: string;
    noEventSelected: string;
    /** What each confidence level means, after its name: "disputed: sources disagree…". */
    confidenceMeaning: Record<Confidence, string>;
    actors: string;
    places: string;
    category: string;
    sources: (count: number) => string;
    accountsDiffer: string;
    quotedVia: (via: string) => string;
    readSource: (publisher: string) => string;
    opensInNewTab: string;
    media: string;
    mediaCredit: (credit: string) => string;
    previous: string;
    next: string;
    position: (position: number, total: number) => string;
  };

  /** `<timeline-legend>`: the filters. */
  legend: {
    label: string;
    search: string;
    searchHint: string;
    categories: string;
    confidence: string;
    showAll: string;
  };

  /** `<timeline-overview>`: the strip with the brush. */
  overview: {
    label: string;
    value: (from: string, to: string) => string;
  };

  /** `<timeline-marker>` reference lines, as listed for screen readers. */
  markers: {
    label: string;
    unlabelled: string;
  };

  /** Swimlanes (`group-by`). */
  swimlanes: {
    noActor: string;
    noPlace: string;
    /** Beside a band's name: how many of its events are in view. */
    count: (count: number) => string;
    /** "shown under IS, SDF and HTS": the bands an event with several actors or places is drawn in. */
    shownUnder: (groups: string[]) => string;
  };
}

/** What a page may pass: any message, and any part of the grouped ones. */
export type MessageOverrides = {
  [K in keyof Messages]?: Messages[K] extends (...args: never[]) => unknown
    ? Messages[K]
    : Messages[K] extends object
      ? Partial<Messages[K]>
      : Messages[K];
};

/** A catalogue, built for a number formatter so that its numbers use the locale's digits. */
export type Catalogue = (number: (n: number) => string, list: (items: string[]) => string) => Messages;

export const english: Catalogue = (n, list) => {
  const events = (count: number) => (count === 1 ? '1 event' : `${n(count)} events`);
  return {
    ...englishProblemWords(n),
    loading: 'Loading the timeline…',
    empty: 'There are no events to show.',
    noneInWindow: 'No events fall in the chosen period.',
    loadFailed: (url, reason) => `The timeline could not be loaded from ${url}: ${reason}`,
    loadReasons: {},
    problemsFound: (count) =>
      count === 1 ? '1 problem was found in the data.' : `${n(count)} problems were found in the data.`,
    problemAt: (index, id, field, reason) =>
      `${index >= 0 ? `Event ${n(index)}` : 'Dataset'}${id ? ` (${id})` : ''}, ${field}: ${reason}`,
    eventsLeftOut: (count) =>
      count === 0
        ? ''
        : count === 1
          ? '1 event could not be drawn.'
          : `${n(count)} events could not be drawn.`,
    leftOut: 'not drawn',
    moreProblems: (count) => `…and ${n(count)} more, not listed here.`,
    retry: 'Try again',
    dismiss: 'Dismiss',
    eventsLabel: 'Events',
    keyLabel: 'Key',
    periodsLabel: 'Periods',
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
    positionInCategory: (position, total, category) => `${n(position)} of ${n(total)} in ${category}`,
    markKinds: { point: 'one day', range: 'a period', approximate: 'an approximate date' },
    denseSummary: (count) =>
      `${n(count)} events in view, shown as a density band. Zoom in or use the arrow keys to visit each one.`,
    positionInView: (position, total) => `event ${n(position)} of ${n(total)} in view`,
    categoryNames: {},
    eventName: (date, confidence, title, position) =>
      `${date}${confidence ? `, ${confidence}` : ''}: ${title}, ${position}`,
    summary: (count, from, to, categories) =>
      `${events(count)} from ${from} to ${to}, in ${
        categories.length === 1 ? '1 category' : `${n(categories.length)} categories`
      }: ${list(categories.map(([name, c]) => `${name} (${n(c)})`))}.`,
    selected: (title, date) => `Selected: ${title}, ${date}.`,
    selectionCleared: 'Selection cleared.',
    showing: (count, total) => `Showing ${n(count)} of ${events(total)}.`,
    windowShown: (period, count) => `Showing ${period}: ${events(count)}.`,
    tableView: 'Table',
    tableCaption: 'The events shown, as a table',
    tableDate: 'Date',
    tableEvent: 'Event',
    tableCategory: 'Category',
    tableConfidence: 'Confidence',
    notStated: 'not stated',
    tablePages: 'Table pages',
    tablePrevious: 'Previous rows',
    tableNext: 'Next rows',
    tableRows: (first, last, total) => `Rows ${n(first)}–${n(last)} of ${n(total)}`,
    keyboardHelp: 'Keyboard shortcuts',
    close: 'Close',
    keys: {
      previousNext: 'Previous or next event in time',
      firstLast: 'First or last event',
      page: 'Jump back or forward a month (or a step that suits the zoom)',
      select: 'Select the event',
      clear: 'Clear the selection',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      zoomReset: 'Zoom out to show every event',
      pan: 'Pan the view',
      help: 'Open this help',
    },
    zoom: {
      controls: 'Zoom and pan',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      fit: 'Show all events',
      earlier: 'Earlier',
      later: 'Later',
    },
    details: {
      label: 'Event details',
      noEventSelected: 'Select an event on the timeline to read what happened and who reported it.',
      confidenceMeaning: {
        confirmed: 'established by several independent sources',
        reported: 'reported by a credible outlet, not independently confirmed',
        claimed: 'asserted by a party to the events',
        disputed: 'sources disagree about whether or how it happened',
      },
      actors: 'Who',
      places: 'Where',
      category: 'Category',
      sources: (count) => (count === 1 ? '1 source' : `${n(count)} sources`),
      accountsDiffer: 'The sources disagree. Each account is shown as its source gives it.',
      quotedVia: (via) => `Quoted via ${via}`,
      readSource: (publisher) => `Read it at ${publisher}`,
      opensInNewTab: '(opens in a new tab)',
      media: 'Pictures and video',
      mediaCredit: (credit) => `Credit: ${credit}`,
      previous: 'Previous',
      next: 'Next',
      position: (position, total) => `${n(position)} of ${n(total)}`,
    },
    legend: {
      label: 'Filter the events',
      search: 'Find events',
      searchHint: 'Words in a title, actor or place',
      categories: 'Categories',
      confidence: 'Confidence',
      showAll: 'Show all',
    },
    overview: {
      label: 'Period shown on the timeline',
      value: (from, to) => `${from} to ${to}`,
    },
    markers: {
      label: 'Reference dates',
      unlabelled: 'Marked date',
    },
    swimlanes: {
      noActor: 'No actor named',
      noPlace: 'No place named',
      count: (count) => events(count),
      shownUnder: (groups) => `shown under ${list(groups)}`,
    },
  };
};

/** The catalogues here; others arrive through `loadCatalogue`. */
const CATALOGUES: Record<string, Catalogue> = { en: english };

/**
 * Catalogues loaded only when a locale needs them (in the bundle, each is a chunk of its own), so
 * an English page never downloads them.
 */
const LOADERS: Record<string, () => Promise<Catalogue>> = {
  ar: () => import('./arabic').then((module) => module.arabic),
};
const loading = new Map<string, Promise<void>>();

/**
 * Loads the catalogue of `locale`'s language if it has one and it is not here yet: returns a
 * promise that resolves when it is (or could not be loaded), else undefined. Until then
 * `messagesFor` answers in English.
 */
export function loadCatalogue(locale: string): Promise<void> | undefined {
  const language = languageOf(locale);
  const load = LOADERS[language];
  if (!load || CATALOGUES[language]) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (catalogue) => {
        CATALOGUES[language] = catalogue;
        // Locales of this language were answered in English meanwhile.
        built.clear();
        mergedFor = new WeakMap();
      },
      // Offline, or the chunk is gone: the words stay English.
      () => {
        CATALOGUES[language] = english;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

function numberFormat(locale: string): (n: number) => string {
  try {
    return new Intl.NumberFormat(locale).format;
  } catch {
    return new Intl.NumberFormat('en').format;
  }
}

function listFormat(locale: string): (items: string[]) => string {
  try {
    const format = new Intl.ListFormat(locale, { type: 'conjunction' });
    return (items) => format.format(items);
  } catch {
    return (items) => items.join(', ');
  }
}

/** English, with Latin digits: the default when no locale is known. */
export const en: Messages = english(numberFormat('en'), listFormat('en'));

const built = new Map<string, Messages>();
let mergedFor = new WeakMap<object, Map<string, Messages>>();

/** The catalogue for a locale (English where there is none for its language), with a page's overrides on top. */
export function messagesFor(locale: string, overrides?: MessageOverrides | null): Messages {
  let base = built.get(locale);
  if (!base) {
    const catalogue = CATALOGUES[languageOf(locale)] ?? english;
    base = catalogue(numberFormat(locale), listFormat(locale));
    built.set(locale, base);
  }
  if (!overrides || typeof overrides !== 'object') return base;
  // The same overrides object gives the same catalogue, so renders can tell nothing changed.
  const cached = mergedFor.get(overrides)?.get(locale);
  if (cached) return cached;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in base) || value === undefined || value === null) continue;
    const current = merged[key];
    // Grouped messages (confidence, keys, …) merge one level deep, so a page can reword one entry.
    merged[key] =
      typeof current === 'object' && current !== null && typeof value === 'object'
        ? { ...current, ...value }
        : typeof value === typeof current
          ? value
          : current;
  }
  const result = merged as unknown as Messages;
  if (!mergedFor.has(overrides)) mergedFor.set(overrides, new Map());
  mergedFor.get(overrides)!.set(locale, result);
  return result;
}

/** A category's display name: the page's or catalogue's name for it, else the name in the data. */
export function categoryName(words: Messages, category: string): string {
  return words.categoryNames[category] ?? category;
}
