/**
 * Validation turns whatever a dataset file holds into events that can be drawn, and says, in
 * words a reporter can act on, what was left out or repaired and why.
 *
 * It never throws: a newsroom page must still show the events that are fine when one is not.
 */
import {
  DAY,
  badDate,
  coarserPrecision,
  parsePartialDate,
  readPartialDate,
  resolveSpan,
  type PartialDate,
} from './dates';
import { MAX_URL_LENGTH, isLinkable } from './safe-url';
import { TEXT_LIMITS, shortenId, shortenText, type TextKind } from './text-length';
import { hasRepeats } from './repeats';
import { startOrder } from './start-order';
import type { ProblemCode, ProblemOutcome, ProblemValues, ValueKind } from './problem-codes';
import { problemReason } from '../i18n/problem-reasons';
import { en } from '../i18n/messages';
import type {
  Confidence,
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

/** What is wrong, before it is placed: its code, the values it quotes, what was done about it. */
export interface Issue {
  code: ProblemCode;
  values?: ProblemValues;
  outcome?: ProblemOutcome;
}

type Warn = (field: string, issue: Issue) => void;

const issue = (code: ProblemCode, values?: ProblemValues, outcome?: ProblemOutcome): Issue =>
  values === undefined
    ? outcome === undefined
      ? { code }
      : { code, outcome }
    : outcome === undefined
      ? { code, values }
      : { code, values, outcome };

/** A problem with its reason in English (`problem.reason`); the notice rewrites it in the element's language. */
export function makeProblem(
  index: number,
  field: string,
  { code, values, outcome }: Issue,
  severity: Severity,
): Problem {
  const problem: Problem = { index, field, reason: '', code, severity };
  if (outcome !== undefined) problem.outcome = outcome;
  if (values !== undefined) problem.values = values;
  problem.reason = problemReason(en, problem);
  return problem;
}

/**
 * One input position's outcome, kept until ids are settled so problems can name the final id.
 * Kept as parallel arrays, not an object per position: 100,000 small objects add up.
 */
interface Readings {
  /** The event, if it can be kept; its `id` is settled once every position has been read. */
  events: (TimelineEvent | null)[];
  statedIds: unknown[];
  /** Made only where there is a problem: most events have none. */
  problems: (Problem[] | undefined)[];
}

/**
 * Collects the problems of the position being read, and what the dataset's events share. One for
 * the whole dataset, with its `note` and `warn` made once, rather than closures per event.
 */
class PositionNotes {
  index = 0;
  warnings = 0;
  errors = 0;
  problems: Problem[] | undefined;
  /** Each category as first met in the dataset. */
  private readonly categories = new Map<string, string>();

  begin(index: number): void {
    this.index = index;
    this.warnings = 0;
    this.errors = 0;
    this.problems = undefined;
  }

  readonly note = (field: string, what: Issue, severity: Severity): void => {
    if (severity === 'error') this.errors++;
    else if (++this.warnings > WARNINGS_PER_EVENT) return;
    (this.problems ??= []).push(makeProblem(this.index, field, what, severity));
  };

  readonly warn: Warn = (field, what) => this.note(field, what, 'warning');
  readonly fail = (field: string, what: Issue): void => this.note(field, what, 'error');

  /**
   * A category as the dataset first wrote it: events of one category then share one string,
   * which layout and filters compare by reference rather than letter by letter, 100,000 times.
   */
  shared(category: string | undefined): string | undefined {
    if (category === undefined) return undefined;
    const first = this.categories.get(category);
    if (first !== undefined) return first;
    this.categories.set(category, category);
    return category;
  }
}

/**
 * Checks a dataset (an array of events, or `{ title, events }`) and returns the events that can
 * be drawn, sorted by start, with every problem found. Never throws, whatever `input` is.
 */
export function validateDataset(input: unknown): ValidationResult {
  return validate(input, true);
}

/**
 * `validateDataset` without its shortcuts: every event read the careful way, and ids settled
 * through a `Set` even when none repeats. The two must always agree; tests compare them on
 * random datasets.
 */
export function validateDatasetCarefully(input: unknown): ValidationResult {
  return validate(input, false);
}

function validate(input: unknown, shortcut: boolean): ValidationResult {
  const problems: Problem[] = [];
  const dataset = readDataset(input, problems);

  const count = dataset.count;
  const readings: Readings = {
    events: new Array<TimelineEvent | null>(count),
    statedIds: new Array<unknown>(count),
    problems: new Array<Problem[] | undefined>(count),
  };
  const notes = new PositionNotes();
  for (let index = 0; index < count; index++) readPosition(dataset.events, index, notes, readings, shortcut);

  const ids = settleIds(readings, shortcut);
  const events: TimelineEvent[] = [];
  for (let index = 0; index < count; index++) {
    const id = ids[index] ?? usableId(readings.statedIds[index]);
    const found = readings.problems[index];
    if (found) {
      for (const problem of found) {
        if (id !== undefined) problem.id = id;
        problems.push(problem);
      }
    }
    const event = readings.events[index];
    if (event && id !== undefined) {
      event.id = id;
      events.push(event);
    }
  }

  const sorted = byStart(events);
  return dataset.title === undefined
    ? { events: sorted, problems }
    : { title: dataset.title, events: sorted, problems };
}

/** The events by start, stable: events that start together keep the dataset's order. */
function byStart(events: TimelineEvent[]): TimelineEvent[] {
  const starts = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) starts[i] = events[i]!.span.start;
  const order = startOrder(starts);
  if (!order) return events;
  const sorted = new Array<TimelineEvent>(events.length);
  for (let i = 0; i < order.length; i++) sorted[i] = events[order[i]!]!;
  return sorted;
}

function readDataset(
  input: unknown,
  problems: Problem[],
): { title?: string; events: ArrayLike<unknown>; count: number } {
  const none = { events: [], count: 0 };
  try {
    if (Array.isArray(input)) return { events: input, count: input.length };
    if (!isRecord(input)) {
      problems.push(datasetProblem('dataset', issue('not-a-dataset', show(input))));
      return none;
    }
    const titleValue = input.title;
    const title = typeof titleValue === 'string' && titleValue.trim() !== '' ? titleValue.trim() : undefined;
    const titled = title === undefined ? {} : { title };
    const events = input.events;
    if (Array.isArray(events)) return { ...titled, events, count: events.length };
    problems.push(
      datasetProblem(
        'events',
        events === undefined ? issue('no-events') : issue('events-not-a-list', show(events)),
      ),
    );
    return { ...titled, ...none };
  } catch (error) {
    problems.push(datasetProblem('dataset', issue('unreadable', { error: describeError(error) })));
    return none;
  }
}

function datasetProblem(field: string, what: Issue): Problem {
  return makeProblem(-1, field, what, 'error');
}

/** Reads one input position; anything it throws (a hostile getter, a revoked proxy) drops just that event. */
function readPosition(
  events: ArrayLike<unknown>,
  index: number,
  notes: PositionNotes,
  out: Readings,
  plainFirst: boolean,
): void {
  notes.begin(index);
  let event: TimelineEvent | null = null;
  try {
    const raw = events[index];
    if (isRecord(raw)) {
      out.statedIds[index] = raw.id;
      if (plainFirst) event = readPlainEvent(raw, index, notes);
    }
    event ??= readEvent(raw, index, notes);
  } catch (error) {
    event = null;
    notes.fail('event', issue('unreadable', { error: describeError(error) }, 'left-out'));
  }
  out.events[index] = event;
  if (notes.warnings > WARNINGS_PER_EVENT) {
    const more = notes.warnings - WARNINGS_PER_EVENT;
    (notes.problems ??= []).push(
      makeProblem(index, 'event', issue('more-problems', { count: more }, 'not-listed'), 'warning'),
    );
  }
  if (notes.problems) out.problems[index] = notes.problems;
}

/**
 * Gives every kept event a unique id. Ids written in the dataset are settled first, so a repeat
 * never takes a name the dataset gives another event, and made-up ids (`event-<index>`) come last.
 * Returns the id for each position.
 */
function settleIds(readings: Readings, shortcut: boolean): (string | undefined)[] {
  const count = readings.events.length;
  const stated = new Array<string | undefined>(count);
  let unnamed = false;
  for (let index = 0; index < count; index++) {
    const id = readings.events[index] ? usableId(readings.statedIds[index]) : undefined;
    stated[index] = id;
    if (id === undefined && readings.events[index]) unnamed = true;
  }
  // Most datasets name every event, once: then each keeps the id it states.
  if (shortcut && !unnamed && !hasRepeats(stated)) return stated;

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
  const warn = (index: number, what: Issue) =>
    (readings.problems[index] ??= []).push(makeProblem(index, 'id', what, 'warning'));

  const ids = new Array<string | undefined>(count);
  for (let index = 0; index < count; index++) {
    const id = stated[index];
    if (id === undefined || taken.has(id)) continue;
    taken.add(id);
    ids[index] = id;
  }
  for (let index = 0; index < count; index++) {
    const repeated = stated[index];
    if (repeated === undefined || ids[index] !== undefined) continue;
    const id = unique(repeated);
    warn(index, issue('id-taken', { ...show(repeated), replacement: quoted(id) }));
    ids[index] = id;
  }
  for (let index = 0; index < count; index++) {
    if (!readings.events[index] || ids[index] !== undefined) continue;
    const base = `event-${index}`;
    const id = taken.has(base) ? unique(base) : (taken.add(base), base);
    const value = readings.statedIds[index];
    const replacement = { replacement: quoted(id) };
    const why =
      value === undefined
        ? issue('id-missing', replacement)
        : typeof value === 'string'
          ? issue('id-blank', replacement)
          : issue('id-not-text', { ...show(value), ...replacement });
    warn(index, why);
    ids[index] = id;
  }
  return ids;
}

function usableId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value.trim();
  return id === '' ? undefined : shortenId(id);
}

/**
 * The common case, read without bookkeeping: an event with an id, a title, dates that parse in
 * order and, at most, a summary, a category and a known confidence, each text short enough.
 * Anything else (or anything thrown) returns null, and `readEvent` reads the event again and says
 * what is wrong. It writes no problem down, so when it returns an event, `readEvent` would have
 * returned the same one and found nothing to say.
 */
function readPlainEvent(
  raw: Record<string, unknown>,
  index: number,
  notes: PositionNotes,
): TimelineEvent | null {
  try {
    // for…in, not Object.keys: no array per event. It also lists inherited keys, which can only
    // send an event the careful way.
    for (const key in raw) if (!EVENT_FIELDS.has(key)) return null;
    // Every field read, in readEvent's order: a getter sees the same sequence, and one that
    // for…in does not list (not enumerable) is still seen.
    const { id, title, start, end, approximate, summary, category, actors, places, sources } = raw;
    const { confidence, media, title_ar: titleAr, dateText } = raw;
    // Lists and the rarer fields are left to the careful reading.
    if ((approximate ?? actors ?? places ?? sources ?? media ?? titleAr ?? dateText) != null) return null;
    if (typeof id === 'string' && id.length > TEXT_LIMITS.id) return null;
    const titleText = plainText(title, TEXT_LIMITS.line);
    const startText = plainText(start, Infinity);
    const endText = plainText(end, Infinity);
    const summaryText = plainText(summary, TEXT_LIMITS.passage);
    const categoryText = plainText(category, TEXT_LIMITS.line);
    const confidenceText = plainText(confidence, Infinity);
    const from = startText && readPartialDate(startText);
    const until = endText === undefined ? from : endText && readPartialDate(endText);
    if (!titleText || !startText || endText === null || !from || !until || until.end <= from.start)
      return null;
    if (summaryText === null || categoryText === null) return null;
    if (confidenceText !== undefined && !CONFIDENCES.includes(confidenceText as Confidence)) return null;
    // Built as readEvent builds it: the same fields, in the same order.
    const span = until === from ? spanOfDay(from) : { start: from.start, end: until.end };
    const event: TimelineEvent = {
      id: '',
      title: titleText,
      start: startText,
      index,
      span,
      precision: until === from ? from.precision : coarserPrecision(from.precision, until.precision),
      kind: kindOf(span, false),
    };
    if (endText !== undefined) event.end = endText;
    if (summaryText !== undefined) event.summary = summaryText;
    if (categoryText !== undefined) event.category = notes.shared(categoryText);
    if (confidenceText !== undefined) event.confidence = confidenceText as Confidence;
    return event;
  } catch {
    return null;
  }
}

/**
 * The span of an event dated by one partial date, the same object for every event on that date:
 * at 100,000 events, most of them on one of a few hundred days, that is most of a span (and its
 * two numbers) not made per event. Frozen, since it is shared.
 */
function spanOfDay(date: Readonly<PartialDate>): Readonly<{ start: number; end: number }> {
  let span = daySpans.get(date);
  if (span === undefined) {
    if (daySpans.size >= 20_000) daySpans.clear();
    daySpans.set(date, (span = Object.freeze({ start: date.start, end: date.end })));
  }
  return span;
}
const daySpans = new Map<Readonly<PartialDate>, Readonly<{ start: number; end: number }>>();

/** Text for the plain reading: trimmed; undefined when not stated; null when it needs the careful one. */
function plainText(value: unknown, limit: number): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? undefined : text.length > limit ? null : text;
}

function readEvent(raw: unknown, index: number, notes: PositionNotes): TimelineEvent | null {
  if (!isRecord(raw)) {
    notes.fail('event', issue('not-an-event', show(raw)));
    return null;
  }
  const { fail, warn } = notes;

  for (const key of Object.keys(raw)) {
    if (!EVENT_FIELDS.has(key)) warn(cut(key), issue('unknown-field', undefined, 'ignored'));
  }

  const idValue = raw.id;
  if (typeof idValue === 'string' && idValue.trim().length > TEXT_LIMITS.id) {
    warn('id', tooLong(idValue.trim().length, TEXT_LIMITS.id));
  }

  const titleValue = raw.title;
  const title = typeof titleValue === 'string' ? capped(titleValue.trim(), 'title', 'line', warn) : '';
  if (title === '') {
    fail('title', isAbsent(titleValue) ? issue('no-title') : issue('title-not-text', show(titleValue)));
  }

  const dates = readDates(trimmed(raw.start), trimmed(raw.end), fail, warn);

  const approximateValue = raw.approximate;
  let approximate: boolean | undefined;
  if (typeof approximateValue === 'boolean') approximate = approximateValue;
  else if (!isAbsent(approximateValue))
    warn('approximate', issue('not-true-or-false', show(approximateValue), 'ignored'));

  const summary = readOptionalText(raw.summary, 'summary', 'passage', warn);
  const category = notes.shared(readOptionalText(raw.category, 'category', 'line', warn));
  const actors = readActors(raw.actors, warn);
  const places = readPlaces(raw.places, warn);
  const sources = readSources(raw.sources, warn);
  const confidence = readConfidence(raw.confidence, warn);
  const media = readMedia(raw.media, warn);
  const titleAr = readOptionalText(raw.title_ar, 'title_ar', 'line', warn);
  const dateText = readOptionalText(raw.dateText, 'dateText', 'line', warn);

  if (notes.errors > 0 || !dates) return null;
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
  fail: (field: string, what: Issue) => void,
  warn: Warn,
): ReadDates | null {
  if (isAbsent(start)) {
    fail('start', issue('no-start'));
    return null;
  }
  const given = isAbsent(end) ? undefined : end;
  // The common case, each distinct date parsed once; anything unusual takes resolveSpan for its message.
  if (typeof start === 'string' && (given === undefined || typeof given === 'string')) {
    const from = readPartialDate(start);
    const until = given === undefined ? from : readPartialDate(given);
    if (from && until && until.end > from.start) {
      const dates: ReadDates = {
        start,
        span: { start: from.start, end: until.end },
        precision: until === from ? from.precision : coarserPrecision(from.precision, until.precision),
      };
      if (given !== undefined) dates.end = given;
      return dates;
    }
  }
  const resolved = resolveSpan(start, given);
  if (resolved.ok) {
    // resolveSpan only succeeds on strings, so both are the dataset's own text.
    const dates: ReadDates = { start: String(start), span: resolved.span, precision: resolved.precision };
    if (given !== undefined) dates.end = String(given);
    return dates;
  }
  if (resolved.error === 'start') {
    fail('start', issue(resolved.code, resolved.values));
    return null;
  }
  // A bad end still leaves a usable event: draw it at its start rather than lose it.
  warn('end', issue(resolved.code, resolved.values, 'end-ignored'));
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
    warn('confidence', issue('unknown-confidence', show(value), 'left-out'));
  }
  return confidence;
}

function readActors(value: unknown, warn: Warn): string[] | undefined {
  const list = readList(value, 'actors', 'not-a-list-of-names', warn);
  if (!list) return undefined;
  const actors: string[] = [];
  list.forEach((actor, i) => {
    const name = typeof actor === 'string' ? actor.trim() : '';
    if (name === '') warn(`actors[${i}]`, issue('not-a-name', show(actor), 'left-out'));
    else actors.push(capped(name, `actors[${i}]`, 'line', warn));
  });
  return actors;
}

function readPlaces(value: unknown, warn: Warn): Place[] | undefined {
  const list = readList(value, 'places', 'not-a-list-of-places', warn);
  if (!list) return undefined;
  const places: Place[] = [];
  list.forEach((item, i) => {
    const field = `places[${i}]`;
    if (!isRecord(item)) return warn(field, issue('not-a-place', show(item), 'left-out'));
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    if (name === '') return warn(field, issue('no-name', undefined, 'left-out'));
    const place: Place = { name: capped(name, `${field}.name`, 'line', warn) };
    const { lat, lon } = item;
    if (!isAbsent(lat) || !isAbsent(lon)) {
      const problem = coordinateProblem(lat, 'latitude', 90) ?? coordinateProblem(lon, 'longitude', 180);
      if (problem) {
        warn(`${field}.${problem.axis === 'latitude' ? 'lat' : 'lon'}`, problem.issue);
      } else {
        place.lat = lat as number;
        place.lon = lon as number;
      }
    }
    const approximate = item.approximate;
    if (typeof approximate === 'boolean') place.approximate = approximate;
    else if (!isAbsent(approximate))
      warn(`${field}.approximate`, issue('not-true-or-false', show(approximate), 'ignored'));
    places.push(place);
  });
  return places;
}

function coordinateProblem(
  value: unknown,
  axis: 'latitude' | 'longitude',
  limit: number,
): { axis: 'latitude' | 'longitude'; issue: Issue } | null {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit) return null;
  const outcome = 'coordinates-left-out';
  const code = isAbsent(value) ? 'no-coordinate' : axis === 'latitude' ? 'not-a-latitude' : 'not-a-longitude';
  return { axis, issue: issue(code, code === 'no-coordinate' ? undefined : show(value), outcome) };
}

/** Source fields kept when they are text, and how long each may be. */
const SOURCE_TEXTS = { title: 'line', url: 'url', date: 'line', account: 'passage', via: 'passage' } as const;

function readSources(value: unknown, warn: Warn): Source[] | undefined {
  const list = readList(value, 'sources', 'not-a-list-of-sources', warn);
  if (!list) return undefined;
  const sources: Source[] = [];
  list.forEach((item, i) => {
    const field = `sources[${i}]`;
    if (!isRecord(item)) return warn(field, issue('not-a-source', show(item), 'left-out'));
    const publisher = typeof item.publisher === 'string' ? item.publisher.trim() : '';
    const quote = typeof item.quote === 'string' ? item.quote.trim() : '';
    if (publisher === '' || quote === '') {
      const code =
        publisher === '' && quote === ''
          ? 'source-without-publisher-or-quote'
          : publisher === ''
            ? 'source-without-publisher'
            : 'source-without-quote';
      return warn(field, issue(code, undefined, 'left-out'));
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
        const bad = badDate(text);
        warn(`${field}.date`, issue(bad.code, bad.values, 'left-out'));
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
  const list = readList(value, 'media', 'not-a-list-of-media', warn);
  if (!list) return undefined;
  const media: Media[] = [];
  list.forEach((item, i) => {
    const field = `media[${i}]`;
    if (!isRecord(item)) return warn(field, issue('not-media', show(item), 'left-out'));
    const caption = typeof item.caption === 'string' ? item.caption.trim() : '';
    if (caption === '') return warn(field, issue('no-caption', undefined, 'left-out'));
    const entry: Media = { caption: capped(caption, `${field}.caption`, 'passage', warn) };
    for (const [key, kind] of Object.entries(MEDIA_TEXTS) as [keyof typeof MEDIA_TEXTS, TextOrUrl][]) {
      const text = readOptionalTextOrUrl(item[key], `${field}.${key}`, kind, warn);
      if (text !== undefined) entry[key] = text;
    }
    media.push(entry);
  });
  return media;
}

function readList(
  value: unknown,
  field: string,
  code: ProblemCode,
  warn: Warn,
): readonly unknown[] | undefined {
  if (isAbsent(value)) return undefined;
  if (Array.isArray(value)) return value;
  warn(field, issue(code, show(value), 'ignored'));
  return undefined;
}

function readOptionalText(value: unknown, field: string, kind: TextKind, warn: Warn): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return capped(value.trim(), field, kind, warn);
  warn(field, issue('not-text', show(value), 'left-out'));
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
    warn(field, issue('not-text', show(value), 'left-out'));
    return undefined;
  }
  const url = value.trim();
  // A cut URL would lead somewhere else, so a bad one is dropped whole, never repaired.
  if (url.length > MAX_URL_LENGTH) {
    warn(field, issue('link-too-long', { count: url.length }, 'left-out'));
    return undefined;
  }
  if (!isLinkable(url)) {
    warn(field, issue('not-a-link', show(url), 'left-out'));
    return undefined;
  }
  return url;
}

/** `text` cut to the limit for its kind, with a warning when it had to be cut. */
function capped(text: string, field: string, kind: TextKind, warn: Warn): string {
  const limit = TEXT_LIMITS[kind];
  if (text.length <= limit) return text;
  warn(field, tooLong(text.length, limit));
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

/** A value quoted for a message: strings in quotes and cut short, other things named by their kind. */
function show(value: unknown): Pick<ProblemValues, 'value' | 'valueKind'> {
  try {
    if (typeof value === 'string') return { value: quoted(value) };
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return { value: String(value) };
    if (value === null) return { value: 'null' };
    if (value === undefined) return { valueKind: 'nothing' };
    if (Array.isArray(value)) return { valueKind: 'list' };
    const kind: ValueKind =
      typeof value === 'function' ? 'function' : typeof value === 'symbol' ? 'symbol' : 'object';
    return { valueKind: kind };
  } catch {
    return { valueKind: 'unreadable' };
  }
}

/** Text quoted as the data gives it, cut short. */
function quoted(text: string): string {
  return JSON.stringify(cut(text));
}

function tooLong(length: number, limit: number): Issue {
  return issue('too-long', { count: length, limit });
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
