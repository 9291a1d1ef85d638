import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { validateDataset } from '../../src/data/validate';
import type { Problem } from '../../src/data/types';

const valid = { id: 'ghouta', title: 'Shelling of Eastern Ghouta', start: '2018-02-18' };

/** The one problem about `field` for the event at `index`. */
function problemAt(problems: readonly Problem[], index: number, field: string): Problem | undefined {
  const found = problems.filter((p) => p.index === index && p.field === field);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

describe('validateDataset: the dataset', () => {
  it('validateDataset([event]) accepts a bare array of events', () => {
    const result = validateDataset([valid]);
    expect(result.events.map((e) => e.id)).toEqual(['ghouta']);
    expect(result.problems).toEqual([]);
    expect(result.title).toBeUndefined();
  });

  it('validateDataset({ title, events }) takes the title, trimmed', () => {
    const result = validateDataset({ title: '  Idlib, 2018 ', description: 'About.', events: [valid] });
    expect(result.title).toBe('Idlib, 2018');
    expect(result.events).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });

  it('validateDataset({ title: 42, events }) has no title', () => {
    expect(validateDataset({ title: 42, events: [valid] }).title).toBeUndefined();
  });

  it.each([null, undefined, 42, 'events', true])(
    'validateDataset(%j) reports the whole dataset and returns no events',
    (input) => {
      const result = validateDataset(input);
      expect(result.events).toEqual([]);
      expect(result.problems).toMatchObject([
        {
          index: -1,
          field: 'dataset',
          reason: expect.stringContaining('is not a list of events'),
          severity: 'error',
        },
      ]);
    },
  );

  it('validateDataset({ events: "none" }) says events is not a list', () => {
    expect(validateDataset({ events: 'none' }).problems).toMatchObject([
      { index: -1, field: 'events', reason: 'is not a list of events: "none"', severity: 'error' },
    ]);
  });

  it('validateDataset({}) says the list of events is missing', () => {
    expect(validateDataset({}).problems).toMatchObject([
      {
        index: -1,
        field: 'events',
        reason: 'is missing: a dataset needs a list of events',
        severity: 'error',
      },
    ]);
  });

  it('validateDataset([]) is an empty timeline with nothing wrong', () => {
    expect(validateDataset([])).toEqual({ events: [], problems: [] });
  });
});

describe('validateDataset: what each event becomes', () => {
  it('validateDataset keeps every field of a complete event, with its index, span, precision and kind', () => {
    const input = {
      id: 'afrin',
      title: 'Operation Olive Branch begins',
      title_ar: 'بدء عملية غصن الزيتون',
      start: '2018-01-20',
      end: '2018-03',
      summary: 'Turkish forces enter Afrin.',
      category: 'military',
      actors: ['Turkey', 'YPG'],
      places: [{ name: 'Afrin', lat: 36.51, lon: 36.87, approximate: true }],
      sources: [
        {
          publisher: 'Reuters',
          title: 'Turkey launches operation',
          url: 'https://example.org/a',
          date: '2018-01-20',
          quote: 'Turkish jets struck Afrin.',
          account: 'air strikes first',
          via: 'a fact sheet',
        },
      ],
      confidence: 'confirmed',
      media: [{ url: 'https://example.org/p.jpg', caption: 'Smoke over Afrin', credit: 'AFP', alt: 'Smoke' }],
    };
    const result = validateDataset([input]);
    expect(result.problems).toEqual([]);
    expect(result.events).toEqual([
      {
        ...input,
        index: 0,
        span: { start: Date.UTC(2018, 0, 20), end: Date.UTC(2018, 3, 1) },
        precision: 'month',
        kind: 'range',
      },
    ]);
  });

  it('validateDataset does not change the input it is given', () => {
    const input = [{ ...valid, title: '  padded  ', extra: 1 }];
    const copy = structuredClone(input);
    validateDataset(input);
    expect(input).toEqual(copy);
  });

  it('validateDataset trims text fields', () => {
    const [event] = validateDataset([
      { id: ' a ', title: ' A ', start: ' 2018 ', summary: ' s ', actors: [' Turkey '] },
    ]).events;
    expect(event).toMatchObject({ id: 'a', title: 'A', start: '2018', summary: 's', actors: ['Turkey'] });
  });

  it('validateDataset draws a one-day event as a point, a longer one as a range, a vague one as approximate', () => {
    const { events } = validateDataset([
      { id: 'day', title: 'Day', start: '2018-02-13' },
      { id: 'two', title: 'Two days', start: '2018-02-13', end: '2018-02-14' },
      { id: 'month', title: 'Month', start: '2018-02' },
      { id: 'vague', title: 'Vague', start: '2018-02-13', approximate: true },
      { id: 'precise', title: 'Precise', start: '2018-02-13', approximate: false },
    ]);
    expect(Object.fromEntries(events.map((e) => [e.id, e.kind]))).toEqual({
      day: 'point',
      two: 'range',
      month: 'range',
      vague: 'approximate',
      precise: 'point',
    });
  });

  it('validateDataset sorts events by start, keeping dataset order for ties, and keeps each input index', () => {
    const { events } = validateDataset([
      { id: 'c', title: 'C', start: '2018-03' },
      { id: 'a1', title: 'A1', start: '2018-01' },
      { id: 'b', title: 'B', start: '2018-02-01' },
      { id: 'a2', title: 'A2', start: '2018-01', end: '2018-05' },
      { id: 'early', title: 'Early', start: '2017' },
    ]);
    expect(events.map((e) => e.id)).toEqual(['early', 'a1', 'a2', 'b', 'c']);
    expect(events.map((e) => e.index)).toEqual([4, 1, 3, 2, 0]);
  });

  it('validateDataset treats null and "" as not stated, without a warning', () => {
    const result = validateDataset([
      { ...valid, end: null, summary: '', confidence: null, actors: null, approximate: null },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.events[0]).not.toHaveProperty('end');
    expect(result.events[0]).not.toHaveProperty('confidence');
  });
});

describe('validateDataset: problems that leave an event out', () => {
  it.each([null, 42, 'Ghouta', ['2018']])(
    'validateDataset([%j]) leaves out a non-object with an error on "event"',
    (raw) => {
      const result = validateDataset([raw, valid]);
      expect(result.events.map((e) => e.index)).toEqual([1]);
      expect(result.problems).toMatchObject([
        { index: 0, field: 'event', reason: expect.stringMatching(/^is not an event/), severity: 'error' },
      ]);
    },
  );

  it.each([
    ['missing', undefined, 'has no title'],
    ['blank', '   ', 'has no title'],
    ['a number', 42, 'has no title (42 is not text)'],
  ])('validateDataset leaves out an event whose title is %s: "has no title"', (_, title, reason) => {
    const result = validateDataset([{ id: 'x', title, start: '2018' }]);
    expect(result.events).toEqual([]);
    expect(result.problems).toMatchObject([{ index: 0, id: 'x', field: 'title', reason, severity: 'error' }]);
  });

  it('validateDataset leaves out an event with no start date', () => {
    expect(validateDataset([{ id: 'x', title: 'X' }]).problems).toMatchObject([
      {
        index: 0,
        id: 'x',
        field: 'start',
        reason: 'has no start date (use YYYY, YYYY-MM or YYYY-MM-DD)',
        severity: 'error',
      },
    ]);
  });

  it('validateDataset leaves out start "13/02/2018", quoting it and saying which formats work', () => {
    expect(validateDataset([{ id: 'x', title: 'X', start: '13/02/2018' }]).problems).toMatchObject([
      {
        index: 0,
        id: 'x',
        field: 'start',
        reason: 'is not a date: "13/02/2018" (use YYYY, YYYY-MM or YYYY-MM-DD)',
        severity: 'error',
      },
    ]);
  });

  it('validateDataset leaves out start "2018-02-30": it is not a real date', () => {
    expect(validateDataset([{ title: 'X', start: '2018-02-30' }]).problems).toMatchObject([
      { index: 0, field: 'start', reason: 'is not a real date: "2018-02-30"', severity: 'error' },
    ]);
  });

  it('validateDataset leaves out start 2018 given as a number', () => {
    expect(validateDataset([{ title: 'X', start: 2018 }]).problems[0]).toMatchObject({
      field: 'start',
      reason: 'is not a date: 2018 (use YYYY, YYYY-MM or YYYY-MM-DD)',
      severity: 'error',
    });
  });

  it('validateDataset reports every problem of an event it leaves out, not just the first', () => {
    const result = validateDataset([{ id: 'x', start: 'soon', confidence: 'sure' }]);
    expect(result.problems.map((p) => [p.field, p.severity])).toEqual([
      ['title', 'error'],
      ['start', 'error'],
      ['confidence', 'warning'],
    ]);
  });

  it('validateDataset quotes at most 40 characters of a bad value', () => {
    const start = 'Sometime in the early hours of the morning, before the ceasefire';
    const reason = validateDataset([{ title: 'X', start }]).problems[0]!.reason;
    expect(reason).toBe(
      'is not a date: "Sometime in the early hours of the morn…" (use YYYY, YYYY-MM or YYYY-MM-DD)',
    );
  });
});

describe('validateDataset: problems it repairs (warnings; the event is kept)', () => {
  it('validateDataset ignores end "next week" and draws the event at its start', () => {
    const result = validateDataset([{ ...valid, end: 'next week' }]);
    expect(result.events[0]).toMatchObject({
      span: { start: Date.UTC(2018, 1, 18), end: Date.UTC(2018, 1, 19) },
      kind: 'point',
    });
    expect(result.events[0]).not.toHaveProperty('end');
    expect(result.problems).toMatchObject([
      {
        index: 0,
        id: 'ghouta',
        field: 'end',
        reason: 'is not a date: "next week" (use YYYY, YYYY-MM or YYYY-MM-DD); end ignored',
        severity: 'warning',
      },
    ]);
  });

  it('validateDataset ignores an end before the start: "ends before it starts; end ignored"', () => {
    const result = validateDataset([{ ...valid, end: '2018-02-01' }]);
    expect(result.events[0]!.span).toEqual({ start: Date.UTC(2018, 1, 18), end: Date.UTC(2018, 1, 19) });
    expect(result.events[0]).not.toHaveProperty('end');
    expect(result.problems).toMatchObject([
      {
        index: 0,
        id: 'ghouta',
        field: 'end',
        reason: 'ends before it starts ("2018-02-01" is before "2018-02-18"); end ignored',
        severity: 'warning',
      },
    ]);
  });

  it.each([
    ['missing', undefined, 'is missing; using "event-0"'],
    ['blank', ' ', 'is blank; using "event-0"'],
    ['a number', 7, 'is not text: 7; using "event-0"'],
  ])('validateDataset gives an event whose id is %s the id "event-<index>"', (_, id, reason) => {
    const result = validateDataset([{ id, title: 'X', start: '2018' }]);
    expect(result.events[0]!.id).toBe('event-0');
    expect(result.problems).toMatchObject([
      { index: 0, id: 'event-0', field: 'id', reason, severity: 'warning' },
    ]);
  });

  it('validateDataset renames repeated ids "<id>-2", "<id>-3", skipping ids already taken', () => {
    const result = validateDataset([
      { id: 'strike', title: 'A', start: '2018' },
      { id: 'strike', title: 'B', start: '2018' },
      { id: 'strike-2', title: 'C', start: '2018' },
      { id: 'strike', title: 'D', start: '2018' },
    ]);
    expect(result.events.map((e) => [e.title, e.id])).toEqual([
      ['A', 'strike'],
      ['B', 'strike-3'],
      ['C', 'strike-2'],
      ['D', 'strike-4'],
    ]);
    expect(problemAt(result.problems, 1, 'id')).toMatchObject({
      index: 1,
      id: 'strike-3',
      field: 'id',
      reason: '"strike" is already used by another event; renamed "strike-3"',
      severity: 'warning',
    });
    expect(problemAt(result.problems, 2, 'id')).toBeUndefined();
    expect(new Set(result.events.map((e) => e.id)).size).toBe(4);
  });

  it('validateDataset lets an id written in the dataset win over one it makes up', () => {
    const { events } = validateDataset([
      { title: 'No id', start: '2018' },
      { id: 'event-0', title: 'Has id', start: '2018' },
    ]);
    expect(events.map((e) => [e.title, e.id])).toEqual([
      ['No id', 'event-0-2'],
      ['Has id', 'event-0'],
    ]);
  });

  it('validateDataset does not let a left-out event take an id', () => {
    const { events } = validateDataset([
      { id: 'a', title: '', start: '2018' },
      { id: 'a', title: 'Kept', start: '2018' },
    ]);
    expect(events.map((e) => e.id)).toEqual(['a']);
  });

  it('validateDataset drops confidence "likely" and never invents one', () => {
    const result = validateDataset([{ ...valid, confidence: 'likely' }]);
    expect(result.events[0]!.confidence).toBeUndefined();
    expect(result.problems).toMatchObject([
      {
        index: 0,
        id: 'ghouta',
        field: 'confidence',
        reason: 'is not one of confirmed, reported, claimed, disputed: "likely"; left out',
        severity: 'warning',
      },
    ]);
  });

  it('validateDataset reads confidence " Disputed " as disputed', () => {
    const result = validateDataset([{ ...valid, confidence: ' Disputed ' }]);
    expect(result.events[0]!.confidence).toBe('disputed');
    expect(result.problems).toEqual([]);
  });

  it('validateDataset leaves an unstated confidence unstated', () => {
    expect(validateDataset([valid]).events[0]).not.toHaveProperty('confidence');
  });

  it.each(['summary', 'category', 'title_ar'])('validateDataset drops a %s that is not text', (field) => {
    const result = validateDataset([{ ...valid, [field]: { text: 'x' } }]);
    expect(result.events[0]).not.toHaveProperty(field);
    expect(result.problems).toMatchObject([
      { index: 0, id: 'ghouta', field, reason: 'is not text: an object; left out', severity: 'warning' },
    ]);
  });

  it('validateDataset drops actors that are not names and keeps the rest', () => {
    const result = validateDataset([{ ...valid, actors: ['Syrian army', 3, '  ', 'Jaysh al-Islam'] }]);
    expect(result.events[0]!.actors).toEqual(['Syrian army', 'Jaysh al-Islam']);
    expect(result.problems).toMatchObject([
      {
        index: 0,
        id: 'ghouta',
        field: 'actors[1]',
        reason: 'is not a name: 3; left out',
        severity: 'warning',
      },
      {
        index: 0,
        id: 'ghouta',
        field: 'actors[2]',
        reason: 'is not a name: "  "; left out',
        severity: 'warning',
      },
    ]);
  });

  it('validateDataset ignores actors "Syrian army" given as text rather than a list', () => {
    const result = validateDataset([{ ...valid, actors: 'Syrian army' }]);
    expect(result.events[0]).not.toHaveProperty('actors');
    expect(result.problems[0]).toMatchObject({
      field: 'actors',
      reason: 'is not a list of names: "Syrian army"; ignored',
    });
  });

  it('validateDataset keeps a place whose coordinates are impossible, without the coordinates', () => {
    const result = validateDataset([
      {
        ...valid,
        places: [
          { name: 'Douma', lat: 33.57, lon: 36.4 },
          { name: 'Nowhere', lat: 95, lon: 36 },
          { name: 'Swapped', lat: 36, lon: 'east' },
          { name: 'Half', lat: 33 },
          { name: 'Not a number', lat: Number.NaN, lon: 1 },
          { lat: 1, lon: 1 },
          'Harasta',
        ],
      },
    ]);
    expect(result.events[0]!.places).toEqual([
      { name: 'Douma', lat: 33.57, lon: 36.4 },
      { name: 'Nowhere' },
      { name: 'Swapped' },
      { name: 'Half' },
      { name: 'Not a number' },
    ]);
    expect(result.problems.map(({ field, reason, severity }) => ({ field, reason, severity }))).toEqual([
      {
        field: 'places[1].lat',
        reason: 'is not a latitude between -90 and 90: 95; coordinates left out',
        severity: 'warning',
      },
      {
        field: 'places[2].lon',
        reason: 'is not a longitude between -180 and 180: "east"; coordinates left out',
        severity: 'warning',
      },
      {
        field: 'places[3].lon',
        reason: 'is missing (a place needs both lat and lon); coordinates left out',
        severity: 'warning',
      },
      {
        field: 'places[4].lat',
        reason: 'is not a latitude between -90 and 90: NaN; coordinates left out',
        severity: 'warning',
      },
      { field: 'places[5]', reason: 'has no name; left out', severity: 'warning' },
      { field: 'places[6]', reason: 'is not a place: "Harasta"; left out', severity: 'warning' },
    ]);
  });

  it('validateDataset accepts coordinates on the edges: lat ±90, lon ±180', () => {
    const result = validateDataset([{ ...valid, places: [{ name: 'Pole', lat: -90, lon: 180 }] }]);
    expect(result.events[0]!.places).toEqual([{ name: 'Pole', lat: -90, lon: 180 }]);
    expect(result.problems).toEqual([]);
  });

  it('validateDataset drops a source without a publisher or quote, naming it "sources[i]"', () => {
    const good = { publisher: 'SOHR', quote: 'At least 100 killed.' };
    const result = validateDataset([
      {
        ...valid,
        sources: [good, { publisher: 'AP' }, { quote: 'x' }, 'Reuters', { ...good, url: 42, date: 'Feb 13' }],
      },
    ]);
    expect(result.events[0]!.sources).toEqual([good, good]);
    expect(result.problems.map(({ field, reason }) => [field, reason])).toEqual([
      ['sources[1]', 'has no quote (a source needs both); left out'],
      ['sources[2]', 'has no publisher (a source needs both); left out'],
      ['sources[3]', 'is not a source: "Reuters"; left out'],
      ['sources[4].url', 'is not text: 42; left out'],
      ['sources[4].date', 'is not a date: "Feb 13" (use YYYY, YYYY-MM or YYYY-MM-DD); left out'],
    ]);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('validateDataset drops media without a caption and keeps url, credit and alt', () => {
    const result = validateDataset([
      {
        ...valid,
        media: [{ url: 'a.jpg' }, { caption: 'Douma', url: 'b.jpg', credit: 'AFP', alt: 'Rubble', size: 3 }],
      },
    ]);
    expect(result.events[0]!.media).toEqual([
      { caption: 'Douma', url: 'b.jpg', credit: 'AFP', alt: 'Rubble' },
    ]);
    expect(result.problems).toMatchObject([
      { index: 0, id: 'ghouta', field: 'media[0]', reason: 'has no caption; left out', severity: 'warning' },
    ]);
  });

  it('validateDataset ignores approximate "yes": only true or false count', () => {
    const result = validateDataset([{ ...valid, approximate: 'yes' }]);
    expect(result.events[0]).toMatchObject({ kind: 'point' });
    expect(result.events[0]).not.toHaveProperty('approximate');
    expect(result.problems).toMatchObject([
      {
        index: 0,
        id: 'ghouta',
        field: 'approximate',
        reason: 'is not true or false: "yes"; ignored',
        severity: 'warning',
      },
    ]);
  });

  it('validateDataset warns once per unknown field and does not copy it onto the event', () => {
    const result = validateDataset([{ ...valid, date: '2018', casualties: 12 }]);
    expect(result.events[0]).not.toHaveProperty('date');
    expect(result.events[0]).not.toHaveProperty('casualties');
    expect(result.problems).toMatchObject([
      { index: 0, id: 'ghouta', field: 'date', reason: 'is not a known field; ignored', severity: 'warning' },
      {
        index: 0,
        id: 'ghouta',
        field: 'casualties',
        reason: 'is not a known field; ignored',
        severity: 'warning',
      },
    ]);
  });
});

describe('validateDataset: hostile input', () => {
  it('validateDataset survives an event whose getter throws, and keeps the others', () => {
    const hostile = {
      id: 'trap',
      get title(): string {
        throw new Error('no access');
      },
    };
    const result = validateDataset([hostile, valid]);
    expect(result.events.map((e) => e.id)).toEqual(['ghouta']);
    expect(result.problems).toMatchObject([
      {
        index: 0,
        id: 'trap',
        field: 'event',
        reason: 'could not be read (no access); left out',
        severity: 'error',
      },
    ]);
  });

  it('validateDataset survives a cyclic event and a cyclic dataset', () => {
    const event: Record<string, unknown> = { ...valid };
    event.self = event;
    const dataset: Record<string, unknown> = { events: [event] };
    dataset.parent = dataset;
    const result = validateDataset(dataset);
    expect(result.events).toHaveLength(1);
    expect(result.problems).toMatchObject([
      { index: 0, id: 'ghouta', field: 'self', reason: 'is not a known field; ignored', severity: 'warning' },
    ]);
  });

  it('validateDataset survives revoked proxies, throwing ownKeys and errors that cannot be printed', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const noKeys = new Proxy(
      { ...valid },
      {
        ownKeys() {
          throw new Error('keys');
        },
      },
    );
    const unprintable = {
      get title(): string {
        throw {
          toString() {
            throw new Error('again');
          },
        };
      },
    };
    const result = validateDataset([revoked.proxy, noKeys, unprintable, valid]);
    expect(result.events.map((e) => e.index)).toEqual([3]);
    expect(result.problems.map((p) => [p.index, p.field, p.severity])).toEqual([
      [0, 'event', 'error'],
      [1, 'event', 'error'],
      [2, 'event', 'error'],
    ]);
  });

  it('validateDataset survives a dataset whose events getter throws', () => {
    const dataset = {
      get events(): unknown[] {
        throw new Error('gone');
      },
    };
    expect(validateDataset(dataset)).toMatchObject({
      events: [],
      problems: [
        {
          index: -1,
          field: 'dataset',
          reason: 'could not be read (gone)',
          code: 'unreadable',
          values: { error: 'gone' },
          severity: 'error',
        },
      ],
    });
  });

  /** Events like a big dataset's, a third with end dates; with `repeatIds`, 100 ids shared by them all. */
  const manyEvents = (count: number, repeatIds = false) =>
    Array.from({ length: count }, (_, i) => ({
      id: repeatIds ? `e${i % 100}` : `e${i}`,
      title: `Event ${i}`,
      start: `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      ...(i % 3 === 0 && { end: '2021' }),
      confidence: 'reported',
      actors: ['A', 'B'],
      sources: [{ publisher: 'P', quote: 'Q' }],
    }));

  // Absolute speed is for the benchmark, not for a test that would flake on a busy machine.
  it('validateDataset(100,000 events) keeps every one', { timeout: 60_000 }, () => {
    expect(validateDataset(manyEvents(100_000)).events).toHaveLength(100_000);
  });

  it('validateDataset gives 20,000 events sharing 100 ids 20,000 distinct ids', () => {
    const result = validateDataset(manyEvents(20_000, true));
    expect(new Set(result.events.map((e) => e.id)).size).toBe(20_000);
  });
});

describe('validateDataset: property', () => {
  const partialDate = fc.oneof(
    fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, '0')),
    fc
      .record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
    fc
      .date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  );

  const validEvent = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'event-0', 'a-2'), fc.string()),
      title: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
      start: partialDate,
      end: partialDate,
      approximate: fc.boolean(),
      summary: fc.string(),
      confidence: fc.constantFrom('confirmed', 'reported', 'claimed', 'disputed'),
      actors: fc.array(fc.anything()),
      places: fc.array(fc.anything()),
      sources: fc.array(fc.anything()),
      media: fc.array(fc.anything()),
      surprise: fc.anything(),
    },
    { requiredKeys: ['title', 'start'] },
  );

  const throwing = fc.constant(null).map(() => ({
    get title(): string {
      throw new Error('boom');
    },
  }));
  const cyclic = fc.constant(null).map(() => {
    const event: Record<string, unknown> = { title: 'Cycle', start: '2018' };
    event.actors = [event];
    event.places = [event];
    return event;
  });
  const adversarial = fc.oneof(
    fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
    fc.record(
      { title: fc.anything(), start: fc.anything(), end: fc.anything(), id: fc.anything() },
      { requiredKeys: [] },
    ),
    throwing,
    cyclic,
  );

  it('validateDataset(random mix of valid and adversarial events) never throws and keeps every valid event', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            validEvent.map((e) => ({ valid: true, e })),
            adversarial.map((e) => ({ valid: false, e })),
          ),
        ),
        (mixed) => {
          const result = validateDataset(mixed.map((m) => m.e));
          const kept = new Set(result.events.map((e) => e.index));
          mixed.forEach((m, index) => {
            if (m.valid) expect(kept.has(index)).toBe(true);
          });
          // Ids are unique, events are sorted, and every left-out position has an error saying why.
          expect(new Set(result.events.map((e) => e.id)).size).toBe(result.events.length);
          for (let i = 1; i < result.events.length; i++) {
            const [a, b] = [result.events[i - 1]!, result.events[i]!];
            expect(a.span.start < b.span.start || (a.span.start === b.span.start && a.index < b.index)).toBe(
              true,
            );
          }
          mixed.forEach((_, index) => {
            if (!kept.has(index)) {
              expect(result.problems.some((p) => p.index === index && p.severity === 'error')).toBe(true);
            }
          });
          for (const event of result.events) {
            expect(event.span.end).toBeGreaterThan(event.span.start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
