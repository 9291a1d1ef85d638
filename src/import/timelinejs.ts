/**
 * Imports TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html) as a dataset:
 * slides become events, eras become background periods, the title slide names the dataset.
 *
 * It converts; it does not judge. A slide with a date that cannot be read keeps that text, so that
 * validation can say which event and why, the same way it does for our own format. It never throws.
 */
import type { Media, PeriodInput, Place, TimelineDatasetInput, TimelineEventInput } from '../data/types';
import { htmlToText } from './html-to-text';

/** Longest title made up from a slide's text when the slide has no headline. */
const MADE_UP_TITLE = 80;

/** True when `json` has what TimelineJS needs: an object with a list of `events`. */
export function isTimelineJS(json: unknown): boolean {
  return read(() => isRecord(json) && Array.isArray(json.events), false);
}

/**
 * A dataset from TimelineJS JSON. Every slide in `events` becomes one event, in order; `eras`
 * become `periods`; the `title` slide's headline and text become the dataset's title and
 * description. HTML in any text is reduced to plain text.
 */
export function fromTimelineJS(json: unknown): TimelineDatasetInput {
  const dataset: TimelineDatasetInput = { events: [] };
  if (!isRecord(json)) return dataset;
  const title = read(() => (isRecord(json.title) ? json.title : undefined), undefined);
  if (title) {
    const text = read(() => (isRecord(title.text) ? title.text : {}), {});
    const description = htmlToText(text.text);
    // A title slide with only text (as in TimelineJS's Mark Twain example) is still the title.
    const headline =
      htmlToText(text.headline) || (description ? madeUpTitle(description, undefined, '') : '');
    if (headline) dataset.title = headline;
    if (description) dataset.description = description;
  }
  const slides = read(() => (Array.isArray(json.events) ? (json.events as unknown[]) : []), []);
  dataset.events = slides.map((slide, index) => read(() => eventFromSlide(slide, index), brokenSlide(index)));
  const eras = read(() => (Array.isArray(json.eras) ? (json.eras as unknown[]) : []), []);
  const periods = eras.flatMap((era, index) => read(() => periodFromEra(era, index), []));
  if (periods.length > 0) dataset.periods = periods;
  return dataset;
}

function eventFromSlide(slide: unknown, index: number): TimelineEventInput {
  if (!isRecord(slide)) return brokenSlide(index);
  const text = isRecord(slide.text) ? slide.text : {};
  const start = partialDate(slide.start_date);
  const end = partialDate(slide.end_date);
  const summary = htmlToText(text.text, { keepLines: true });
  const media = mediaFrom(slide.media);
  const dateText = displayDate(slide);
  const event: TimelineEventInput = {
    id: plain(slide.unique_id) || `slide-${index + 1}`,
    title: htmlToText(text.headline) || madeUpTitle(summary, media?.caption, dateText),
    // Left empty when missing: validation then reports "has no start date" for this slide.
    start: start ?? '',
  };
  if (end !== undefined) event.end = end;
  if (summary) event.summary = summary;
  const group = plain(slide.group);
  if (group) event.category = group;
  if (media) event.media = [media];
  const place = placeFrom(slide.location);
  if (place) event.places = [place];
  if (dateText) event.dateText = dateText;
  return event;
}

/** A slide that could not be read at all: kept, so validation names it instead of it vanishing. */
function brokenSlide(index: number): TimelineEventInput {
  return { id: `slide-${index + 1}`, title: '', start: '' };
}

function periodFromEra(era: unknown, index: number): PeriodInput[] {
  if (!isRecord(era)) return [];
  const text = isRecord(era.text) ? era.text : {};
  const start = partialDate(era.start_date) ?? '';
  const end = partialDate(era.end_date);
  const period: PeriodInput = {
    id: plain(era.unique_id) || `era-${index + 1}`,
    title: htmlToText(text.headline) || displayDate(era) || `Era ${index + 1}`,
    start,
  };
  if (end !== undefined) period.end = end;
  return [period];
}

/**
 * A TimelineJS date object (`{ year, month, day, hour, … }`, parts as strings or numbers) as a
 * partial ISO date. The time of day is dropped: our dates go down to the day. A month or day that
 * is blank or out of range is left off, so the date keeps only the precision it really has.
 * Negative years count as TimelineJS users write them, `-300` for 300 BC (ISO `-0299`).
 */
export function partialDate(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') value = { year: value };
  if (!isRecord(value)) return undefined;
  const yearText = part(value.year);
  if (yearText === '') return undefined;
  const year = Number(yearText);
  // Not a whole number: keep the text, so validation can quote it.
  if (!Number.isInteger(year)) return yearText;
  let text = isoYear(year < 0 ? year + 1 : year);
  const month = Number(part(value.month) || NaN);
  if (!Number.isInteger(month) || month < 1 || month > 12) return text;
  text += `-${pad(month, 2)}`;
  const day = Number(part(value.day) || NaN);
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year < 0 ? year + 1 : year, month)) return text;
  return `${text}-${pad(day, 2)}`;
}

/** An astronomical year in ISO 8601 form: `0650`, `-0299`, `+12000`, `-13799999999`. */
function isoYear(year: number): string {
  if (year <= 0) return `-${pad(-year, 4)}`;
  return year > 9999 ? `+${year}` : pad(year, 4);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysIn(year: number, month: number): number {
  if (month === 2) {
    const y = Math.abs(year);
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The slide's own words for its date: `display_date`, else those of its start and end dates. */
function displayDate(slide: Record<string, unknown>): string {
  const own = htmlToText(slide.display_date);
  if (own) return own;
  const from = isRecord(slide.start_date) ? htmlToText(slide.start_date.display_date) : '';
  const to = isRecord(slide.end_date) ? htmlToText(slide.end_date.display_date) : '';
  return from && to ? `${from} – ${to}` : from;
}

function mediaFrom(value: unknown): Media | undefined {
  if (!isRecord(value)) return undefined;
  const rawUrl = plain(value.url);
  const url = webUrl(rawUrl);
  // TimelineJS lets `url` hold HTML (a blockquote, an embed): its text is the content.
  const inline = url === undefined && rawUrl.includes('<') ? htmlToText(rawUrl) : '';
  const credit = htmlToText(value.credit);
  const alt = htmlToText(value.alt);
  const caption =
    htmlToText(value.caption) ||
    htmlToText(value.title) ||
    inline ||
    alt ||
    (url ? new URL(url).hostname : '');
  if (!caption) return undefined;
  const media: Media = { caption };
  if (url) media.url = url;
  if (credit) media.credit = credit;
  if (alt) media.alt = alt;
  return media;
}

function placeFrom(value: unknown): Place | undefined {
  if (!isRecord(value)) return undefined;
  const lat = Number(value.lat);
  const lon = Number(value.lon);
  const located =
    value.lat !== undefined && value.lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon);
  const name = htmlToText(value.name) || (located ? `${lat}, ${lon}` : '');
  if (!name) return undefined;
  return located ? { name, lat, lon } : { name };
}

/** Only http(s) URLs are kept: a `javascript:` or a relative path means nothing on another page. */
function webUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A title for a slide without a headline, from what it does have. */
function madeUpTitle(summary: string, caption: string | undefined, dateText: string): string {
  const source = summary.split('\n')[0] || caption || dateText;
  if (!source) return 'Untitled';
  if (source.length <= MADE_UP_TITLE) return source;
  const cut = source.slice(0, MADE_UP_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MADE_UP_TITLE / 2 ? cut.slice(0, space) : cut}…`;
}

function part(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return typeof value === 'string' ? value.trim() : '';
}

function plain(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs a read that a hostile object (a throwing getter, a revoked proxy) could break. */
function read<T>(get: () => T, fallback: T): T {
  try {
    return get();
  } catch {
    return fallback;
  }
}
