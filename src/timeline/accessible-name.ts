/** What a screen reader says for an event: a sentence, with uncertainty and confidence in words. */
import type { TimelineEvent } from '../data/types';
import { placeOf, type EventIndex } from '../layout/event-index';
import { describeDate } from '../data/describe-date';
import { UNCATEGORISED } from '../layout/categories';
import { categoryName, type Messages } from '../i18n/messages';
import { eventTitle } from '../i18n/event-title';
import { keepRecent } from './recently-used';

/**
 * For each event, its position within its category and the category's size, in time order. The
 * plain definition: the options count the same from the index (OptionNames), and tests compare them.
 */
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
  const category = categoryName(words, event.category ?? UNCATEGORISED);
  return nameWith(event, words.positionInCategory(position[0], position[1], category), words, locale);
}

/**
 * The density band's one option: the event's date, confidence and title, as `accessibleName`
 * says them, then its place among the events in view ("…, event 3 of 1,200 in view"), which is
 * what the arrow keys step through there.
 */
export function nameInView(
  event: TimelineEvent,
  position: readonly [number, number],
  words: Messages,
  locale: string,
): string {
  return nameWith(event, words.positionInView(position[0], position[1]), words, locale);
}

function nameWith(event: TimelineEvent, where: string, words: Messages, locale: string): string {
  const confidence = event.confidence ? words.confidence[event.confidence] : undefined;
  return words.eventName(describeDate(event, locale, words), confidence, eventTitle(event, locale), where);
}

/**
 * Most option names kept for one index, words and locale: the most recently asked for. A reader
 * exploring 100,000 events would otherwise keep a sentence for each event met (about 200 bytes
 * each), where a window shows at most a few thousand options.
 */
export const OPTION_NAMES_KEPT = 10_000;

/**
 * Each event's option facts for one index of events, words and locale: its name, and its place in
 * the list. None of it depends on the window, so a zoom step looks them up instead of writing a
 * sentence (with its dates) for every option again. Names are written when first asked for, and
 * at most OPTION_NAMES_KEPT are kept.
 */
export class OptionNames {
  private _for: unknown[] = [];
  /** Each event's place within its category, by its place in the index; made when first asked for. */
  private _ranks?: { rank: Uint32Array; totals: Uint32Array; codes: ArrayLike<number> };
  private _names = new Map<string, string>();

  /** Starts again when the index, the words or the locale are not the ones last given. */
  for(index: EventIndex, words: Messages, locale: string): this {
    const given = [index, words, locale];
    if (given.some((g, i) => g !== this._for[i])) {
      this._for = given;
      this._ranks = undefined;
      this._names = new Map();
    }
    return this;
  }

  /**
   * Writes the event's name ahead of need (while the page is idle), if the index, words and locale
   * are still the ones last given to `for`: a name left over from another is never kept.
   */
  prepare(index: EventIndex, words: Messages, locale: string, event: TimelineEvent): void {
    const [forIndex, forWords, forLocale] = this._for;
    if (index === forIndex && words === forWords && locale === forLocale) this.of(event);
  }

  /** What a screen reader says for the event (see accessibleName), and its place in the list, from 1. */
  of(event: TimelineEvent): [name: string, position: number, size: number] {
    const [index, words, locale] = this._for as [EventIndex, Messages, string];
    const at = placeOf(index, event);
    const names = this._names;
    let name = names.get(event.id);
    if (name === undefined) {
      const { rank, totals, codes } = (this._ranks ??= categoryRanks(index));
      name = accessibleName(event, [rank[at] ?? 1, totals[codes[at] ?? 0] ?? 1], words, locale);
    }
    keepRecent(names, event.id, name, OPTION_NAMES_KEPT);
    return [name, at + 1, index.events.length];
  }
}

/**
 * Each place's position within its category, from 1, and each category's size, counted from the
 * index's category numbers: categoryPositions, reading a string and two maps an event, took 100 ms
 * for 100,000. Past the index's 65,535 numbers, where some categories share one, by name.
 */
function categoryRanks(index: EventIndex): {
  rank: Uint32Array;
  totals: Uint32Array;
  codes: ArrayLike<number>;
} {
  let codes: ArrayLike<number> = index.categories;
  let count = index.categoryNames.length;
  if (count > 0xffff) {
    const byName = new Map<string, number>();
    codes = index.events.map((e) => {
      const name = e.category ?? UNCATEGORISED;
      let code = byName.get(name);
      if (code === undefined) byName.set(name, (code = byName.size));
      return code;
    });
    count = byName.size;
  }
  const totals = new Uint32Array(count);
  const rank = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) rank[i] = ++totals[codes[i]!]!;
  return { rank, totals, codes };
}
