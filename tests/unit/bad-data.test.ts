// Every way a dataset goes wrong (issue: "bad data: a clear error and nothing lost"): the valid
// events are kept, and each problem names the event's index, the field and the reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { validateDataset } from '../../src/data/validate';
import { TEXT_LIMITS, describeCut, shortenText } from '../../src/data/text-length';
import type { Problem } from '../../src/data/types';

const good = { id: 'good', title: 'Surrender in Ruweida', start: '2018-02-13' };
const MEGABYTE = 'x'.repeat(1024 * 1024);

/** The problems about one field of the event at `index`, without the id. */
const about = (problems: readonly Problem[], index: number, field: string) =>
  problems
    .filter((p) => p.index === index && p.field === field)
    .map(({ reason, severity }) => ({ reason, severity }));

describe('validateDataset: dates that are not dates', () => {
  it.each([
    ['2018-02-30', 'is not a real date: "2018-02-30"'],
    ['2018-13', 'is not a real date: "2018-13"'],
    [
      '0000',
      'is not a real date: "0000" (years run from 0001 to 9999; write earlier ones with a sign, as in -0300)',
    ],
    ['13/02/2018', 'is not a date: "13/02/2018" (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['2018-2-3', 'is not a date: "2018-2-3" (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['2018-02-13T10:00:00Z', 'is not a date: "2018-02-13T10:00:00Z" (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    // A signed year is for dates outside 0001–9999, so "+002018" is refused rather than read as 2018.
    [
      '+002018',
      'is not a real date: "+002018" (years run from 0001 to 9999; write earlier ones with a sign, as in -0300)',
    ],
    [2018, 'is not a date: 2018 (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    [1518480000000, 'is not a date: 1518480000000 (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    [Number.NaN, 'is not a date: NaN (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    [Number.POSITIVE_INFINITY, 'is not a date: Infinity (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    [true, 'is not a date: true (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    [{ year: 2018 }, 'is not a date: an object (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    [['2018'], 'is not a date: a list (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['', 'has no start date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    [null, 'has no start date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
  ])('validateDataset leaves out an event with start %j and keeps the rest', (start, reason) => {
    const result = validateDataset([good, { id: 'bad', title: 'Bad', start }, good]);
    expect(result.events.map((e) => e.index)).toEqual([0, 2]);
    expect(result.problems.filter((p) => p.index === 1)).toMatchObject([
      { index: 1, id: 'bad', field: 'start', reason, severity: 'error' },
    ]);
  });

  it.each([
    ['2018-02-30', 'is not a real date: "2018-02-30"; end ignored'],
    [Number.NaN, 'is not a date: NaN (use YYYY, YYYY-MM or YYYY-MM-DD); end ignored'],
    ['2018-02-12', 'ends before it starts ("2018-02-12" is before "2018-02-13"); end ignored'],
  ])('validateDataset keeps an event with end %j at its start, with a warning', (end, reason) => {
    const result = validateDataset([{ ...good, end }]);
    expect(result.events[0]!.kind).toBe('point');
    expect(about(result.problems, 0, 'end')).toEqual([{ reason, severity: 'warning' }]);
  });

  it('validateDataset keeps events in 0001 and 9999, far outside any usual window', () => {
    const result = validateDataset([
      { id: 'first', title: 'First', start: '0001-01-01' },
      good,
      { id: 'last', title: 'Last', start: '9999-12-31' },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.events.map((e) => [e.id, new Date(e.span.start).toISOString()])).toEqual([
      ['first', '0001-01-01T00:00:00.000Z'],
      ['good', '2018-02-13T00:00:00.000Z'],
      ['last', '9999-12-31T00:00:00.000Z'],
    ]);
  });
});

describe('validateDataset: fields of the wrong type', () => {
  it.each([
    ['title', { text: 'x' }, 'title', 'has no title (an object is not text)', 'error'],
    ['title', ['x'], 'title', 'has no title (a list is not text)', 'error'],
    ['title', Number.NaN, 'title', 'has no title (NaN is not text)', 'error'],
    ['id', { id: 1 }, 'id', 'is not text: an object; using "event-0"', 'warning'],
    ['id', Number.NaN, 'id', 'is not text: NaN; using "event-0"', 'warning'],
    ['summary', 12, 'summary', 'is not text: 12; left out', 'warning'],
    ['category', ['a', 'b'], 'category', 'is not text: a list; left out', 'warning'],
    ['approximate', Number.NaN, 'approximate', 'is not true or false: NaN; ignored', 'warning'],
    [
      'confidence',
      3,
      'confidence',
      'is not one of confirmed, reported, claimed, disputed: 3; left out',
      'warning',
    ],
    ['actors', { name: 'x' }, 'actors', 'is not a list of names: an object; ignored', 'warning'],
    ['actors', [Number.NaN], 'actors[0]', 'is not a name: NaN; left out', 'warning'],
    ['places', [{ name: 7 }], 'places[0]', 'has no name; left out', 'warning'],
    [
      'sources',
      [{ publisher: 1, quote: 'q' }],
      'sources[0]',
      'has no publisher (a source needs both); left out',
      'warning',
    ],
    [
      'sources',
      [{ publisher: 'P', quote: ['q'] }],
      'sources[0]',
      'has no quote (a source needs both); left out',
      'warning',
    ],
    [
      'sources',
      [{ publisher: 'P', quote: 'q', title: {} }],
      'sources[0].title',
      'is not text: an object; left out',
      'warning',
    ],
    ['media', [{ caption: 'c', alt: 5 }], 'media[0].alt', 'is not text: 5; left out', 'warning'],
  ])('validateDataset: %s %j → problem on %s', (key, value, field, reason, severity) => {
    const result = validateDataset([{ ...good, [key]: value }]);
    expect(about(result.problems, 0, field)).toEqual([{ reason, severity }]);
    expect(result.events).toHaveLength(severity === 'error' ? 0 : 1);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['36.5', '"36.5"'],
    [null, null],
  ])('validateDataset leaves out a latitude of %j but keeps the place', (lat, shown) => {
    const result = validateDataset([{ ...good, places: [{ name: 'Idlib', lat, lon: 36.6 }] }]);
    expect(result.events[0]!.places).toEqual([{ name: 'Idlib' }]);
    const reason =
      shown === null
        ? 'is missing (a place needs both lat and lon); coordinates left out'
        : `is not a latitude between -90 and 90: ${shown}; coordinates left out`;
    expect(about(result.problems, 0, 'places[0].lat')).toEqual([{ reason, severity: 'warning' }]);
  });

  it.each([
    [-180.0001, 10],
    [180.5, 10],
    [10, -90.5],
  ])('validateDataset leaves out coordinates lon %j, lat %j outside the globe', (lon, lat) => {
    const result = validateDataset([{ ...good, places: [{ name: 'X', lat, lon }] }]);
    expect(result.events[0]!.places).toEqual([{ name: 'X' }]);
    expect(result.problems).toHaveLength(1);
  });
});

describe('validateDataset: links', () => {
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('validateDataset drops source and media url %j with a warning, keeping the rest', (url) => {
    const result = validateDataset([
      { ...good, sources: [{ publisher: 'P', quote: 'Q', url }], media: [{ caption: 'C', url }] },
    ]);
    const [event] = result.events;
    expect(event!.sources).toEqual([{ publisher: 'P', quote: 'Q' }]);
    expect(event!.media).toEqual([{ caption: 'C' }]);
    expect(result.problems.map((p) => [p.field, p.reason.replace(/:.*;/, ': …;')])).toEqual([
      ['sources[0].url', 'is not an http or https link: …; left out'],
      ['media[0].url', 'is not an http or https link: …; left out'],
    ]);
  });

  it('validateDataset keeps https, http and relative urls as written', () => {
    const sources = ['https://a.example/x', 'http://b.example', 'report.pdf'].map((url) => ({
      publisher: 'P',
      quote: 'Q',
      url,
    }));
    const result = validateDataset([{ ...good, sources }]);
    expect(result.problems).toEqual([]);
    expect(result.events[0]!.sources!.map((s) => s.url)).toEqual([
      'https://a.example/x',
      'http://b.example',
      'report.pdf',
    ]);
  });

  it('validateDataset drops a url of a megabyte rather than cutting it', () => {
    const result = validateDataset([
      { ...good, sources: [{ publisher: 'P', quote: 'Q', url: `https://a.example/${MEGABYTE}` }] },
    ]);
    expect(result.events[0]!.sources![0]).not.toHaveProperty('url');
    expect(result.problems[0]).toMatchObject({
      field: 'sources[0].url',
      reason: 'is 1,048,594 characters long, too long for a link; left out',
    });
  });
});

describe('validateDataset: strings of a megabyte', () => {
  it('validateDataset cuts a 1 MB title to 500 characters, with a warning, and keeps the event', () => {
    const result = validateDataset([{ ...good, title: MEGABYTE }]);
    const title = result.events[0]!.title;
    expect(title).toHaveLength(TEXT_LIMITS.line);
    expect(title.endsWith('…')).toBe(true);
    expect(about(result.problems, 0, 'title')).toEqual([
      { reason: 'is 1,048,576 characters long; cut to 500', severity: 'warning' },
    ]);
  });

  it('validateDataset cuts every text field, each to its own limit', () => {
    const [event] = validateDataset([
      {
        ...good,
        summary: MEGABYTE,
        category: MEGABYTE,
        title_ar: MEGABYTE,
        actors: [MEGABYTE],
        places: [{ name: MEGABYTE }],
        sources: [
          { publisher: MEGABYTE, quote: MEGABYTE, title: MEGABYTE, account: MEGABYTE, via: MEGABYTE },
        ],
        media: [{ caption: MEGABYTE, credit: MEGABYTE, alt: MEGABYTE }],
      },
    ]).events;
    const lengths = JSON.parse(JSON.stringify(event), (_, v) => (typeof v === 'string' ? v.length : v));
    expect(lengths).toMatchObject({
      summary: TEXT_LIMITS.passage,
      category: TEXT_LIMITS.line,
      title_ar: TEXT_LIMITS.line,
      actors: [TEXT_LIMITS.line],
      places: [{ name: TEXT_LIMITS.line }],
      sources: [
        {
          publisher: TEXT_LIMITS.line,
          quote: TEXT_LIMITS.passage,
          title: TEXT_LIMITS.line,
          account: TEXT_LIMITS.passage,
          via: TEXT_LIMITS.passage,
        },
      ],
      media: [{ caption: TEXT_LIMITS.passage, credit: TEXT_LIMITS.line, alt: TEXT_LIMITS.passage }],
    });
  });

  it('validateDataset cuts a 1 MB id to 200 characters and still keeps ids unique', () => {
    const result = validateDataset([
      { ...good, id: MEGABYTE },
      { ...good, id: `${MEGABYTE}y` },
    ]);
    const ids = result.events.map((e) => e.id);
    expect(ids[0]).toBe('x'.repeat(TEXT_LIMITS.id));
    expect(ids[1]).toBe(`${'x'.repeat(TEXT_LIMITS.id)}-2`);
    expect(about(result.problems, 0, 'id')).toEqual([
      { reason: describeCut(MEGABYTE.length, TEXT_LIMITS.id), severity: 'warning' },
    ]);
  });

  it('validateDataset quotes at most 40 characters of a 1 MB start date or field name', () => {
    const result = validateDataset([{ title: 'T', start: MEGABYTE, [MEGABYTE]: 1 }]);
    for (const problem of result.problems) {
      expect(problem.reason.length + problem.field.length).toBeLessThan(120);
    }
    expect(result.problems.map((p) => p.severity).sort()).toEqual(['error', 'warning']);
  });

  it('shortenText never splits a surrogate pair', () => {
    const text = '😀'.repeat(10);
    for (let limit = 2; limit < 20; limit++) {
      const cut = shortenText(text, limit);
      expect(cut.length).toBeLessThanOrEqual(limit);
      expect(cut).toMatch(/^(😀)*…$/u);
    }
  });
});

describe('validateDataset: floods', () => {
  it('validateDataset lists 50 warnings of an event with 10,000 unknown fields, then says how many more', () => {
    const event: Record<string, unknown> = { ...good };
    for (let i = 0; i < 10_000; i++) event[`extra${i}`] = i;
    const result = validateDataset([event]);
    expect(result.events).toHaveLength(1);
    expect(result.problems).toHaveLength(51);
    expect(result.problems.at(-1)).toMatchObject({
      field: 'event',
      reason: 'has 9,950 more problems of the kinds above; not listed',
      severity: 'warning',
    });
  });

  it('validateDataset still lists why an event was left out after a flood of warnings', () => {
    const event: Record<string, unknown> = { id: 'x', start: 'soon' };
    for (let i = 0; i < 1000; i++) event[`extra${i}`] = i;
    const errors = validateDataset([event]).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.field)).toEqual(['title', 'start']);
  });

  it(
    'validateDataset(100,000 events, every tenth invalid) keeps the 90,000 valid ones and names each of the 10,000',
    { timeout: 60_000 },
    () => {
      const input = Array.from({ length: 100_000 }, (_, i) => {
        const start = `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
        if (i % 10 !== 7) return { id: `e${i}`, title: `Event ${i}`, start };
        // Cycle through the ways an event can be broken.
        const broken = [
          { id: `e${i}`, start },
          { id: `e${i}`, title: `Event ${i}`, start: '2018-02-30' },
          { id: `e${i}`, title: `Event ${i}`, start: Number.NaN },
          { id: `e${i}`, title: { html: '<b>x</b>' }, start },
          null,
        ];
        return broken[Math.floor(i / 10) % broken.length];
      });
      const result = validateDataset(input);
      expect(result.events).toHaveLength(90_000);
      expect(result.events.every((e) => e.index % 10 !== 7)).toBe(true);
      const errors = result.problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(10_000);
      expect(new Set(errors.map((p) => p.index))).toEqual(
        new Set(Array.from({ length: 10_000 }, (_, k) => k * 10 + 7)),
      );
      expect(new Set(errors.map((p) => p.field))).toEqual(new Set(['title', 'start', 'event']));
    },
  );
});

describe('validateDataset: property', () => {
  const payload = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '${alert(1)}',
      '{{constructor.constructor("alert(1)")()}}',
      '\u202eevil\u202c',
      'javascript:alert(1)',
    ),
    fc.string({ minLength: 600, maxLength: 12_000 }),
  );
  const strange = fc.oneof(payload, fc.constant(Number.NaN), fc.double(), fc.anything());
  const validDate = fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('validateDataset never drops a valid event, whatever text or junk its other fields hold', () => {
    const event = fc.record(
      {
        id: strange,
        title: payload.filter((s) => s.trim() !== ''),
        start: validDate,
        end: strange,
        summary: strange,
        category: strange,
        actors: fc.array(strange, { maxLength: 3 }),
        places: fc.array(fc.record({ name: strange, lat: strange, lon: strange }), { maxLength: 2 }),
        sources: fc.array(fc.record({ publisher: strange, quote: strange, url: strange }), { maxLength: 2 }),
        media: fc.array(fc.record({ caption: strange, url: strange }), { maxLength: 2 }),
        confidence: strange,
        approximate: strange,
      },
      { requiredKeys: ['title', 'start'] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), (events) => {
        const result = validateDataset(events);
        expect(result.events).toHaveLength(events.length);
        for (const e of result.events) {
          expect(e.title.length).toBeLessThanOrEqual(TEXT_LIMITS.line);
          expect(e.id.length).toBeLessThanOrEqual(TEXT_LIMITS.id + 12);
          expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
