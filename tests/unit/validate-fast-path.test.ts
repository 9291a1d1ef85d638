// validateDataset takes shortcuts for the common case (plain events read without bookkeeping, ids
// each stated once kept without a Set of them all); these properties hold it to
// validateDatasetCarefully, which takes none, on random datasets mixing good events, events that
// are nearly good, and junk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { validateDataset, validateDatasetCarefully } from '../../src/data/validate';
import { hasRepeats } from '../../src/data/repeats';
import { TEXT_LIMITS } from '../../src/data/text-length';

/** An arbitrary that sometimes leaves its key out of the record altogether. */
const ABSENT = Symbol('absent');

const longText = (length: number) => fc.constantFrom('x'.repeat(length), ` ${'y'.repeat(length)} `);
const text = (limit: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('Shelling of Eastern Ghouta', 'Idlib', 'تقدم') },
    fc.constantFrom('  padded  ', '', '   ', '\u00a0nbsp\u00a0', 'tab\t'),
    longText(limit),
    longText(limit + 1),
    fc.string({ maxLength: 8 }),
    fc.constantFrom(null, undefined, 42, true, ['list'], { an: 'object' }),
  );
const date = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2017', '2017-10', '2018-02-13', '2018-01-01', '2019-12') },
  fc.constantFrom(' 2018-01-01 ', '2018-02-30', '13/02/2018', '0000', '-0300', '+12000', '2018-2-3'),
  fc.constantFrom('', '  ', null, undefined, 2018, { year: 2018 }),
);
const id = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((n) => `e${n}`) },
  // A few names shared between events, and names the made-up ids would take.
  fc.constantFrom('shared', 'shared-2', 'event-0', 'event-3', ' shared ', 'a'),
  fc.constantFrom('', '   ', null, undefined, 7, { id: 1 }),
  fc.constantFrom(
    'i'.repeat(TEXT_LIMITS.id),
    'i'.repeat(TEXT_LIMITS.id + 1),
    ` ${'j'.repeat(TEXT_LIMITS.id)} `,
  ),
);
const confidence = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('confirmed', 'reported', 'claimed', 'disputed') },
  fc.constantFrom(' Disputed ', 'REPORTED', 'likely', '', null, 3),
);
const list = fc.oneof(
  fc.constant([]),
  fc.constant(['Syrian army', 'HTS']),
  fc.constant([{ name: 'Idlib', lat: 35.9, lon: 36.6 }]),
  fc.constant([{ publisher: 'Reuters', quote: 'Said so.', url: 'https://example.com/a', date: '2018-02' }]),
  fc.constant([{ caption: 'A picture', url: 'https://example.com/p.jpg', credit: 'AFP', alt: 'Smoke' }]),
  fc.constant([{ publisher: 'Reuters', quote: 'Said so.', url: 'javascript:alert(1)', date: '2018-02-30' }]),
  fc.constant([{ name: 'Nowhere', lat: 123 }, '  ', 42, { caption: '' }]),
  fc.constantFrom('Syrian army', null, '', { not: 'a list' }),
);
const field = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(ABSENT) }, { weight: 2, arbitrary });

/** An event record, each field left out or given a good, nearly good or bad value. */
const eventRecord = fc
  .record({
    id: fc.oneof({ weight: 4, arbitrary: id }, { weight: 1, arbitrary: fc.constant(ABSENT) }),
    title: fc.oneof({ weight: 8, arbitrary: text(TEXT_LIMITS.line) }, fc.constant(ABSENT)),
    start: fc.oneof({ weight: 8, arbitrary: date }, fc.constant(ABSENT)),
    end: field(date),
    approximate: field(fc.constantFrom(true, false, 'yes', null, '')),
    summary: field(text(TEXT_LIMITS.passage)),
    category: field(fc.oneof(fc.constantFrom('offensive', 'capture', 'other'), text(TEXT_LIMITS.line))),
    actors: field(list),
    places: field(list),
    sources: field(list),
    confidence: field(confidence),
    media: field(list),
    title_ar: field(text(TEXT_LIMITS.line)),
    dateText: field(text(TEXT_LIMITS.line)),
    surprise: fc.oneof({ weight: 9, arbitrary: fc.constant(ABSENT) }, fc.constant('unknown field')),
  })
  .map((fields) => {
    const event: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== ABSENT) event[key] = value;
    return event;
  });

/** Events with only the fields the plain reading takes, mostly good: where it must agree most often. */
const plainRecord = fc
  .record({
    id: fc.oneof({ weight: 6, arbitrary: id }, { weight: 1, arbitrary: fc.constant(ABSENT) }),
    title: fc.oneof({ weight: 12, arbitrary: text(TEXT_LIMITS.line) }, fc.constant(ABSENT)),
    start: fc.oneof({ weight: 12, arbitrary: date }, fc.constant(ABSENT)),
    end: field(date),
    summary: field(text(TEXT_LIMITS.passage)),
    category: field(fc.oneof(fc.constantFrom('offensive', 'capture', 'other'), text(TEXT_LIMITS.line))),
    confidence: field(confidence),
    // A rarer field, absent in a way or stated: the plain reading leaves these to the careful one.
    rare: fc.oneof(
      { weight: 8, arbitrary: fc.constant(ABSENT) },
      fc.constantFrom<[string, unknown]>(
        ['approximate', true],
        ['approximate', null],
        ['actors', []],
        ['dateText', ''],
        ['title_ar', undefined],
        ['media', null],
      ),
    ),
  })
  .map(({ rare, ...fields }) => {
    const event: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== ABSENT) event[key] = value;
    if (rare !== ABSENT) event[rare[0]] = rare[1];
    return event;
  });

const good = { title: 'Good', start: '2018-02-13' };
const oddEvent = fc.oneof(
  fc.constantFrom(null, 42, 'an event', ['a', 'list'], true),
  // Inherited fields are read, but not listed by Object.keys.
  fc.constant(null).map(() => Object.assign(Object.create(good), { id: 'inherits' })),
  // A field that is not enumerable is read too.
  fc
    .constant(null)
    .map(() => Object.defineProperty({ id: 'hidden', ...good }, 'approximate', { value: true })),
  fc
    .constant(null)
    .map(() => Object.defineProperty({ id: 'hidden-2', ...good }, 'category', { value: ' x ' })),
  fc.constant(null).map(() => Object.assign(Object.create(null), { id: 'no-prototype', ...good })),
  fc.constant(null).map(() => ({
    id: 'trap',
    start: '2018',
    get title(): string {
      throw new Error('no access');
    },
  })),
  fc.constant(null).map(() => new Proxy({ ...good }, { ownKeys: () => [] })),
);
const dataset = fc.oneof(
  fc.array(
    fc.oneof(
      { weight: 12, arbitrary: eventRecord },
      { weight: 12, arbitrary: plainRecord },
      { weight: 1, arbitrary: oddEvent },
    ),
    { maxLength: 40 },
  ),
  fc
    .array(eventRecord, { maxLength: 20 })
    .map((events) => ({ title: ' Random ', events: events as unknown[] })),
);

describe('validateDataset: its shortcuts', () => {
  it('validateDataset(random dataset) gives exactly what validateDatasetCarefully gives', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const fast = validateDataset(input);
        const careful = validateDatasetCarefully(input);
        // toStrictEqual tells a missing field from one set to undefined; JSON compares field order.
        expect(fast).toStrictEqual(careful);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(careful));
      }),
      { seed: 20_180_213, numRuns: 400 },
    );
  });

  it('validateDataset(events with every field) agrees with the careful reading and keeps every one', () => {
    // Events with every optional field an event may have.
    const plain = Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}`,
      title: `Plain ${i}`,
      start: `2017-${String((i % 12) + 1).padStart(2, '0')}`,
      ...(i % 2 === 0 && { end: '2018' }),
      ...(i % 3 === 0 && { approximate: i % 2 === 0 }),
      summary: 'A summary.',
      category: ['offensive', 'capture'][i % 2],
      actors: ['A'],
      places: [{ name: 'Idlib', lat: 35.9, lon: 36.6, approximate: true }],
      sources: [{ publisher: 'P', quote: 'Q', url: 'https://example.com', date: '2018-02-13' }],
      confidence: 'reported',
      media: [{ caption: 'C', url: 'https://example.com/m.jpg' }],
      title_ar: 'عنوان',
      dateText: 'Spring',
    }));
    const fast = validateDataset(plain);
    expect(fast.events).toHaveLength(500);
    expect(fast.problems).toEqual([]);
    expect(fast).toStrictEqual(validateDatasetCarefully(plain));
  });

  it('validateDataset names events the same way as the careful reading when ids repeat or are missing', () => {
    const input = [
      { id: 'a', title: 'One', start: '2018' },
      { id: 'a', title: 'Two', start: '2017' },
      { title: 'Three', start: '2016' },
      { id: 'event-2', title: 'Four', start: '2015' },
      { id: ' a ', title: 'Five', start: '2014' },
    ];
    const fast = validateDataset(input);
    expect(fast.events.map((e) => e.id)).toEqual(['a-3', 'event-2', 'event-2-2', 'a-2', 'a']);
    expect(fast).toStrictEqual(validateDatasetCarefully(input));
  });
});

describe('hasRepeats', () => {
  it('hasRepeats(texts) is true exactly when a Set of the stated texts is smaller than the list', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.option(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('e1', 'e2', 'é', '😀')), {
            nil: undefined,
          }),
        ),
        (texts) => {
          const stated = texts.filter((t) => t !== undefined);
          expect(hasRepeats(texts)).toBe(new Set(stated).size < stated.length);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('hasRepeats finds the one repeat among 100,000 ids', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `e${i}`);
    expect(hasRepeats(ids)).toBe(false);
    ids[99_999] = 'e12345';
    expect(hasRepeats(ids)).toBe(true);
  });
});

describe('shared spans', () => {
  it('gives events dated by the same day one frozen span, which no event can change for another', () => {
    const { events } = validateDataset([
      { id: 'a', title: 'A', start: '2018-02-13' },
      { id: 'b', title: 'B', start: '2018-02-13', end: '2018-02-13' },
      { id: 'c', title: 'C', start: '2018-02-12', end: '2018-02-13' },
    ]);
    const [c, a, b] = events;
    expect(a!.span).toBe(b!.span);
    expect(Object.isFrozen(a!.span)).toBe(true);
    expect(a!.span).toEqual({ start: Date.UTC(2018, 1, 13), end: Date.UTC(2018, 1, 14) });
    expect(() => {
      'use strict';
      (a!.span as { start: number }).start = 0;
    }).toThrow(TypeError);
    expect(b!.span.start).toBe(Date.UTC(2018, 1, 13));
    // A range has a span of its own.
    expect(c!.span).toEqual({ start: Date.UTC(2018, 1, 12), end: Date.UTC(2018, 1, 14) });
  });
});
