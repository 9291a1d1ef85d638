/**
 * Validation turns whatever a dataset file holds into events that can be drawn, and says, in
 * words a reporter can act on, what was left out or repaired and why.
 *
 * It never throws: a newsroom page must still show the events that are fine when one is not.
 */
import { DATE_FORMATS, DAY, describeBadDate, parsePartialDate, resolveSpan } from './dates';
import { MAX_URL_LENGTH, isLinkable } from './safe-url';
import { TEXT_LIMITS, describeCut, shortenId, shortenText, type TextKind } from './text-length';
import type {
  DatePrecision,
  EventKind,
  Media,
  Place,
  Problem,
  Source,
  TimelineEvent,
  ValidationResult,
} from './types';
import { CONFIDENCES } from './types';

/** The fields an event may have. Anything else is reported and not copied onto the event. */
const EVENT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'start',
  'end',
  'approximate',
  'summary',
  'category',
  'actors',
  'places',
  'sources',
  'confidence',
  'media',
  'title_ar',
  'dateText',
]);

/** Longest stretch of a bad value quoted in a message. */
const QUOTE_LENGTH = 40;

/**
 * Most warnings listed for one event. An event with a million unknown fields should cost one
 * line in the notice, not a million; errors (why an event was left out) are always listed.
 */
const WARNINGS_PER_EVENT = 50;

type Severity = Problem['severity'];
type Note = (field: string, reason: string, severity: Severity) => void;
type Warn = (field: string, reason: string) => void;

/** One input position's outcome, kept until ids are settled so problems can name the final id. */
interface Reading {
  /** The event, if it can be kept; its `id` is settled once every position has been read. */
  event: TimelineEvent | null;
  statedId: unknown;
  /** Made only when there is a problem: most events have none, and 100,000 empty arrays add up. */
  problems?: Problem[];
}

/**
 * Checks a dataset (an array of events, or `{ title, events }`) and returns the events that can
 * be drawn, sorted by start, with every problem found. Never throws, whatever `input` is.
 */
export function validateDataset(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const dataset = readDataset(input, problems);

  const readings: Reading[] = [];
  for (let index = 0; index < dataset.count; index++) {
    readings.push(readPosition(dataset.events, index));
  }

  const ids = settleIds(readings);
  const events: TimelineEvent[] = [];
  readings.forEach((reading, index) => {
    const id = ids[index] ?? usableId(reading.statedId);
    for (const problem of reading.problems ?? []) {
      if (id !== undefined) problem.id = id;
      problems.push(problem);
    }
    if (reading.event && id !== undefined) {
      reading.event.id = id;
      events.push(reading.event);
    }
  });

  // Stable: events that start together keep the order the dataset gives them.
  events.sort((a, b) => a.span.start - b.span.start || a.index - b.index);
  return dataset.title === undefined ? { events, problems } : { title: dataset.title, events, problems };
}

function readDataset(
  input: unknown,
  problems: Problem[],
): { title?: string; events: ArrayLike<unknown>; count: number } {
  const none = { events: [], count: 0 };
  try {
    if (Array.isArray(input)) return { events: input, count: input.length };
    if (!isRecord(input)) {
      problems.push(
        datasetProblem('dataset', `is not a list of events or an object with "events": ${show(input)}`),
      );
      return none;
    }
    const titleValue = input.title;
    const title = typeof titleValue === 'string' && titleValue.trim() !== '' ? titleValue.trim() : undefined;
    const titled = title === undefined ? {} : { title };
    const events = input.events;
    if (Array.isArray(events)) return { ...titled, events, count: events.length };
    const reason =
      events === undefined
        ? 'is missing: a dataset needs a list of events'
        : `is not a list of events: ${show(events)}`;
    problems.push(datasetProblem('events', reason));
    return { ...titled, ...none };
  } catch (error) {
    problems.push(datasetProblem('dataset', `could not be read (${describeError(error)})`));
    return none;
  }
}

function datasetProblem(field: string, reason: string): Problem {
  return { index: -1, field, reason, severity: 'error' };
}

/** Reads one input position; anything it throws (a hostile getter, a revoked proxy) drops just that event. */
function readPosition(events: ArrayLike<unknown>, index: number): Reading {
  const reading: Reading = { event: null, statedId: undefined };
  let warnings = 0;
  const note: Note = (field, reason, severity) => {
    if (severity === 'warning' && ++warnings > WARNINGS_PER_EVENT) return;
    (reading.problems ??= []).push({ index, field, reason, severity });
  };
  try {
    const raw = events[index];
    if (isRecord(raw)) reading.statedId = raw.id;
    reading.event = readEvent(raw, index, note);
  } catch (error) {
    reading.event = null;
    note('event', `could not be read (${describeError(error)}); left out`, 'error');
  }
  if (warnings > WARNINGS_PER_EVENT) {
    const more = warnings - WARNINGS_PER_EVENT;
    (reading.problems ??= []).push({
      index,
      field: 'event',
      reason: `has ${more.toLocaleString('en')} more ${more === 1 ? 'problem' : 'problems'} of the kinds above; not listed`,
      severity: 'warning',
    });
  }
  return reading;
}

/**
 * Gives every kept event a unique id. Ids written in the dataset are settled first, so a repeat
 * never takes a name the dataset gives another event, and made-up ids (`event-<index>`) come last.
 * Returns the id for each position.
 */
function settleIds(readings: readonly Reading[]): (string | undefined)[] {
  const taken = new Set<string>();
  // Where to resume counting suffixes for a base, so many repeats of one id stay linear.
  const nextSuffix = new Map<string, number>();
  const unique = (base: string): string => {
    let n = nextSuffix.get(base) ?? 2;
    while (taken.has(`${base}-${n}`)) n++;
    nextSuffix.set(base, n + 1);
    const id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const warn = (reading: Reading, index: number, reason: string) =>
    (reading.problems ??= []).push({ index, field: 'id', reason, severity: 'warning' });

  const stated = readings.map((reading) => (reading.event ? usableId(reading.statedId) : undefined));
  const ids: (string | undefined)[] = stated.map((id) => {
    if (id === undefined || taken.has(id)) return undefined;
    taken.add(id);
    return id;
  });
  readings.forEach((reading, index) => {
    const repeated = stated[index];
    if (repeated === undefined || ids[index] !== undefined) return;
    const id = unique(repeated);
    warn(reading, index, `${show(repeated)} is already used by another event; renamed ${show(id)}`);
    ids[index] = id;
  });
  readings.forEach((reading, index) => {
    if (!reading.event || ids[index] !== undefined) return;
    const base = `event-${index}`;
    const id = taken.has(base) ? unique(base) : (taken.add(base), base);
    const value = reading.statedId;
    const why =
      value === undefined
        ? 'is missing'
        : typeof value === 'string'
          ? 'is blank'
          : `is not text: ${show(value)}`;
    warn(reading, index, `${why}; using ${show(id)}`);
    ids[index] = id;
  });
  return ids;
}

function usableId(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? shortenId(value.trim()) : undefined;
}

function readEvent(raw: unknown, index: number, note: Note): TimelineEvent | null {
  if (!isRecord(raw)) {
    note(
      'event',
      `is not an event: ${show(raw)} (expected an object with a title and a start date)`,
      'error',
    );
    return null;
  }
  let usable = true;
  const fail = (field: string, reason: string) => {
    note(field, reason, 'error');
    usable = false;
  };
  const warn: Warn = (field, reason) => note(field, reason, 'warning');

  for (const key of Object.keys(raw)) {
    if (!EVENT_FIELDS.has(key)) warn(cut(key), 'is not a known field; ignored');
  }

  const idValue = raw.id;
  if (typeof idValue === 'string' && idValue.trim().length > TEXT_LIMITS.id) {
    warn('id', describeCut(idValue.trim().length, TEXT_LIMITS.id));
  }

  const titleValue = raw.title;
  const title = typeof titleValue === 'string' ? capped(titleValue.trim(), 'title', 'line', warn) : '';
  if (title === '') {
    fail('title', isAbsent(titleValue) ? 'has no title' : `has no title (${show(titleValue)} is not text)`);
  }

  const dates = readDates(trimmed(raw.start), trimmed(raw.end), fail, warn);

  const approximateValue = raw.approximate;
  let approximate: boolean | undefined;
  if (typeof approximateValue === 'boolean') approximate = approximateValue;
  else if (!isAbsent(approximateValue))
    warn('approximate', `is not true or false: ${show(approximateValue)}; ignored`);

  const summary = readOptionalText(raw.summary, 'summary', 'passage', warn);
  const category = readOptionalText(raw.category, 'category', 'line', warn);
  const actors = readActors(raw.actors, warn);
  const places = readPlaces(raw.places, warn);
  const sources = readSources(raw.sources, warn);
  const confidence = readConfidence(raw.confidence, warn);
  const media = readMedia(raw.media, warn);
  const titleAr = readOptionalText(raw.title_ar, 'title_ar', 'line', warn);
  const dateText = readOptionalText(raw.dateText, 'dateText', 'line', warn);

  if (!usable || !dates) return null;
  // The id is a placeholder until settleIds has seen every event.
  const event: TimelineEvent = {
    id: '',
    title,
    start: dates.start,
    index,
    span: dates.span,
    precision: dates.precision,
    kind: kindOf(dates.span, approximate === true),
  };
  if (dates.end !== undefined) event.end = dates.end;
  if (approximate !== undefined) event.approximate = approximate;
  if (summary !== undefined) event.summary = summary;
  if (category !== undefined) event.category = category;
  if (actors !== undefined) event.actors = actors;
  if (places !== undefined) event.places = places;
  if (sources !== undefined) event.sources = sources;
  if (confidence !== undefined) event.confidence = confidence;
  if (media !== undefined) event.media = media;
  if (titleAr !== undefined) event.title_ar = titleAr;
  if (dateText) event.dateText = dateText;
  return event;
}

/** The shape an event is drawn with: vague dates get soft edges whatever their length. */
function kindOf(span: { start: number; end: number }, approximate: boolean): EventKind {
  if (approximate) return 'approximate';
  return span.end - span.start === DAY ? 'point' : 'range';
}

interface ReadDates {
  start: string;
  end?: string;
  span: { start: number; end: number };
  precision: DatePrecision;
}

function readDates(
  start: unknown,
  end: unknown,
  fail: (field: string, reason: string) => void,
  warn: Warn,
): ReadDates | null {
  if (isAbsent(start)) {
    fail('start', `has no start date (use ${DATE_FORMATS})`);
    return null;
  }
  const given = isAbsent(end) ? undefined : end;
  const resolved = resolveSpan(start, given);
  if (resolved.ok) {
    // resolveSpan only succeeds on strings, so both are the dataset's own text.
    const dates: ReadDates = { start: String(start), span: resolved.span, precision: resolved.precision };
    if (given !== undefined) dates.end = String(given);
    return dates;
  }
  if (resolved.error === 'start') {
    fail('start', resolved.reason);
    return null;
  }
  // A bad end still leaves a usable event: draw it at its start rather than lose it.
  warn('end', `${resolved.reason}; end ignored`);
  const alone = resolveSpan(start);
  if (!alone.ok) return null;
  return { start: String(start), span: alone.span, precision: alone.precision };
}

function readConfidence(value: unknown, warn: Warn): TimelineEvent['confidence'] {
  if (isAbsent(value)) return undefined;
  // "Confirmed" is plainly meant as `confirmed`; anything else is dropped, never guessed.
  const stated = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const confidence = CONFIDENCES.find((known) => known === stated);
  if (confidence === undefined) {
    warn('confidence', `is not one of ${CONFIDENCES.join(', ')}: ${show(value)}; left out`);
  }
  return confidence;
}

function readActors(value: unknown, warn: Warn): string[] | undefined {
  const list = readList(value, 'actors', 'names', warn);
  if (!list) return undefined;
  const actors: string[] = [];
  list.forEach((actor, i) => {
    const name = typeof actor === 'string' ? actor.trim() : '';
    if (name === '') warn(`actors[${i}]`, `is not a name: ${show(actor)}; left out`);
    else actors.push(capped(name, `actors[${i}]`, 'line', warn));
  });
  return actors;
}

function readPlaces(value: unknown, warn: Warn): Place[] | undefined {
  const list = readList(value, 'places', 'places', warn);
  if (!list) return undefined;
  const places: Place[] = [];
  list.forEach((item, i) => {
    const field = `places[${i}]`;
    if (!isRecord(item)) return warn(field, `is not a place: ${show(item)}; left out`);
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    if (name === '') return warn(field, 'has no name; left out');
    const place: Place = { name: capped(name, `${field}.name`, 'line', warn) };
    const { lat, lon } = item;
    if (!isAbsent(lat) || !isAbsent(lon)) {
      const problem = coordinateProblem(lat, 'latitude', 90) ?? coordinateProblem(lon, 'longitude', 180);
      if (problem) {
        warn(
          `${field}.${problem.axis === 'latitude' ? 'lat' : 'lon'}`,
          `${problem.reason}; coordinates left out`,
        );
      } else {
        place.lat = lat as number;
        place.lon = lon as number;
      }
    }
    const approximate = item.approximate;
    if (typeof approximate === 'boolean') place.approximate = approximate;
    else if (!isAbsent(approximate))
      warn(`${field}.approximate`, `is not true or false: ${show(approximate)}; ignored`);
    places.push(place);
  });
  return places;
}

function coordinateProblem(
  value: unknown,
  axis: 'latitude' | 'longitude',
  limit: number,
): { axis: 'latitude' | 'longitude'; reason: string } | null {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit) return null;
  const reason = isAbsent(value)
    ? `is missing (a place needs both lat and lon)`
    : `is not a ${axis} between -${limit} and ${limit}: ${show(value)}`;
  return { axis, reason };
}

/** Source fields kept when they are text, and how long each may be. */
const SOURCE_TEXTS = { title: 'line', url: 'url', date: 'line', account: 'passage', via: 'passage' } as const;

function readSources(value: unknown, warn: Warn): Source[] | undefined {
  const list = readList(value, 'sources', 'sources', warn);
  if (!list) return undefined;
  const sources: Source[] = [];
  list.forEach((item, i) => {
    const field = `sources[${i}]`;
    if (!isRecord(item)) return warn(field, `is not a source: ${show(item)}; left out`);
    const publisher = typeof item.publisher === 'string' ? item.publisher.trim() : '';
    const quote = typeof item.quote === 'string' ? item.quote.trim() : '';
    const missing = [publisher === '' && 'publisher', quote === '' && 'quote'].filter(Boolean);
    if (missing.length > 0) {
      return warn(field, `has no ${missing.join(' and no ')} (a source needs both); left out`);
    }
    // The intersection keeps `via` typed even where `Source` does not declare it.
    const source: Source & { via?: string } = {
      publisher: capped(publisher, `${field}.publisher`, 'line', warn),
      quote: capped(quote, `${field}.quote`, 'passage', warn),
    };
    for (const [key, kind] of Object.entries(SOURCE_TEXTS) as [keyof typeof SOURCE_TEXTS, TextOrUrl][]) {
      const text = readOptionalTextOrUrl(item[key], `${field}.${key}`, kind, warn);
      if (text === undefined) continue;
      if (key === 'date' && !parsePartialDate(text)) {
        warn(`${field}.date`, `${describeBadDate(text)}; left out`);
        continue;
      }
      source[key] = text;
    }
    sources.push(source);
  });
  return sources;
}

const MEDIA_TEXTS = { url: 'url', credit: 'line', alt: 'passage' } as const;

function readMedia(value: unknown, warn: Warn): Media[] | undefined {
  const list = readList(value, 'media', 'pictures or videos', warn);
  if (!list) return undefined;
  const media: Media[] = [];
  list.forEach((item, i) => {
    const field = `media[${i}]`;
    if (!isRecord(item)) return warn(field, `is not a picture or video: ${show(item)}; left out`);
    const caption = typeof item.caption === 'string' ? item.caption.trim() : '';
    if (caption === '') return warn(field, 'has no caption; left out');
    const entry: Media = { caption: capped(caption, `${field}.caption`, 'passage', warn) };
    for (const [key, kind] of Object.entries(MEDIA_TEXTS) as [keyof typeof MEDIA_TEXTS, TextOrUrl][]) {
      const text = readOptionalTextOrUrl(item[key], `${field}.${key}`, kind, warn);
      if (text !== undefined) entry[key] = text;
    }
    media.push(entry);
  });
  return media;
}

function readList(value: unknown, field: string, what: string, warn: Warn): readonly unknown[] | undefined {
  if (isAbsent(value)) return undefined;
  if (Array.isArray(value)) return value;
  warn(field, `is not a list of ${what}: ${show(value)}; ignored`);
  return undefined;
}

function readOptionalText(value: unknown, field: string, kind: TextKind, warn: Warn): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return capped(value.trim(), field, kind, warn);
  warn(field, `is not text: ${show(value)}; left out`);
  return undefined;
}

type TextOrUrl = TextKind | 'url';

function readOptionalTextOrUrl(
  value: unknown,
  field: string,
  kind: TextOrUrl,
  warn: Warn,
): string | undefined {
  if (kind !== 'url') return readOptionalText(value, field, kind, warn);
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    warn(field, `is not text: ${show(value)}; left out`);
    return undefined;
  }
  const url = value.trim();
  // A cut URL would lead somewhere else, so a bad one is dropped whole, never repaired.
  if (url.length > MAX_URL_LENGTH) {
    warn(field, `is ${url.length.toLocaleString('en')} characters long, too long for a link; left out`);
    return undefined;
  }
  if (!isLinkable(url)) {
    warn(field, `is not an http or https link: ${show(url)}; left out`);
    return undefined;
  }
  return url;
}

/** `text` cut to the limit for its kind, with a warning when it had to be cut. */
function capped(text: string, field: string, kind: TextKind, warn: Warn): string {
  const limit = TEXT_LIMITS[kind];
  if (text.length <= limit) return text;
  warn(field, describeCut(text.length, limit));
  return shortenText(text, limit);
}

/** Spreadsheet exports write `null` or `""` for an empty cell: that is "not stated", not a mistake. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function trimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value quoted for a message: strings in quotes and cut short, other things named. */
function show(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(cut(value));
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return String(value);
    if (value === null) return 'null';
    if (value === undefined) return 'nothing';
    if (Array.isArray(value)) return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  } catch {
    return 'something unreadable';
  }
}

function cut(text: string): string {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
}

/** The message of something thrown, which may itself be hostile (a throwing `toString`). */
function describeError(error: unknown): string {
  try {
    return cut(error instanceof Error ? error.message : String(error));
  } catch {
    return 'unknown error';
  }
}
