// The timeline takes its index, its home window and its category styles from the columns
// validation keeps; each must be exactly what reading the events gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { validateDataset } from '../../src/data/validate';
import { columnsOf, eventColumns } from '../../src/data/event-columns';
import { CONFIDENCES, type TimelineEvent, type ValidationResult } from '../../src/data/types';
import { indexEvents } from '../../src/layout/event-index';
import { filterEvents } from '../../src/layout/event-filter';
import { dataExtent } from '../../src/layout/timeline-layout';
import { categoryStyles, UNCATEGORISED } from '../../src/layout/categories';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Events in any order, some ranges, categories from a few (one spelled like the "no category" key, some unstated). */
const dataset = fc.array(
  fc
    .record(
      {
        day: fc.integer({ min: 0, max: 400 }),
        length: fc.integer({ min: 0, max: 40 }),
        category: fc.constantFrom('offensive', 'capture', 'surrender', UNCATEGORISED, ' capture ', undefined),
        confidence: fc.constantFrom(...CONFIDENCES, undefined),
        title: fc.constantFrom('Convoy near Idlib', 'Strike on Hama', 'Meeting'),
        bad: fc.boolean(),
      },
      { requiredKeys: ['day', 'length', 'category', 'confidence', 'title', 'bad'] },
    )
    .map(({ day, length, category, confidence, title, bad }) => {
      const start = Date.UTC(2017, 0, 1) + day * DAY;
      return {
        title,
        // A few left out, so positions and kept events differ.
        start: bad ? 'someday' : iso(start),
        ...(length > 0 && { end: iso(start + length * DAY) }),
        ...(category !== undefined && { category }),
        ...(confidence !== undefined && { confidence }),
      };
    }),
  { maxLength: 120 },
);

const filters = fc.record({
  categories: fc.option(fc.subarray(['offensive', 'capture', 'surrender', UNCATEGORISED]), {
    nil: undefined,
  }),
  text: fc.constantFrom('', 'idlib', 'hama strike', 'nothing like it'),
  confidences: fc.option(fc.subarray([...CONFIDENCES]), { nil: undefined }),
});

describe('eventColumns', () => {
  it('eventColumns(validateDataset(input)) are the columns read from its events', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const result = validateDataset(input);
        expect(eventColumns(result)).toStrictEqual(columnsOf(result.events));
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('eventColumns(result).extent is dataExtent(result.events)', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const result = validateDataset(input);
        expect(eventColumns(result).extent).toEqual(dataExtent(result.events));
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('categoryStyles(eventColumns(result).categoryNames) gives every category the style the events give it', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const result = validateDataset(input);
        expect(categoryStyles(eventColumns(result).categoryNames)).toEqual(
          categoryStyles(result.events.map((e) => e.category)),
        );
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it('eventColumns reads a result that did not come from validateDataset, or whose events were replaced', () => {
    const validated = validateDataset([
      { id: 'b', title: 'B', start: '2018-02' },
      { id: 'a', title: 'A', start: '2017' },
    ]);
    const byHand: ValidationResult = { events: [...validated.events].reverse(), problems: [] };
    expect(eventColumns(byHand)).toStrictEqual(columnsOf(byHand.events));
    // Out of time order: the index sorts them, as it does when reading.
    expect(indexEvents(byHand.events, eventColumns(byHand))).toStrictEqual(indexEvents(byHand.events));
    validated.events = validated.events.slice(1);
    expect(eventColumns(validated).extent).toEqual(dataExtent(validated.events));
    expect(eventColumns(null).extent).toBeNull();
  });
});

describe('indexEvents(events, columns)', () => {
  it('indexEvents(filterEvents(...), eventColumns(result)) is the index read from the events (random filters)', () => {
    fc.assert(
      fc.property(dataset, filters, (input, { categories, text, confidences }) => {
        const result = validateDataset(input);
        const shown = filterEvents(result.events, categories, {
          text,
          ...(confidences && { confidences }),
        });
        expect(indexEvents(shown, eventColumns(result))).toStrictEqual(indexEvents(shown));
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('indexEvents(result.events, eventColumns(result)) is the index read from the events (random datasets)', () => {
    // Without a category named like UNCATEGORISED the whole columns are taken as they are.
    const plainer = dataset.map((events) =>
      events.map((e) => (e.category === UNCATEGORISED ? { ...e, category: 'declaration' } : e)),
    );
    fc.assert(
      fc.property(fc.oneof(dataset, plainer), (input) => {
        const result = validateDataset(input);
        expect(indexEvents(result.events, eventColumns(result))).toStrictEqual(indexEvents(result.events));
        expect(indexEvents([...result.events], eventColumns(result))).toStrictEqual(
          indexEvents(result.events),
        );
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('indexEvents(events, columns) reads the events when they are not the columns’ own, in order', () => {
    const result = validateDataset([
      { id: 'a', title: 'A', start: '2017', category: 'x' },
      { id: 'b', title: 'B', start: '2018', category: 'y' },
    ]);
    const columns = eventColumns(result);
    const reversed = [...result.events].reverse();
    const stranger: TimelineEvent = { ...result.events[0]!, id: 'c' };
    expect(indexEvents(reversed, columns)).toStrictEqual(indexEvents(reversed));
    expect(indexEvents([stranger], columns)).toStrictEqual(indexEvents([stranger]));
    expect(indexEvents(reversed, columns).categoryNames).toEqual(['x', 'y']);
  });

  it('indexEvents(events, columns) numbers categories like indexEvents(events) past 65,536 of them', () => {
    const input = Array.from({ length: 65_600 }, (_, i) => ({
      id: `e${i}`,
      title: 'E',
      start: '2018',
      category: `c${i % 65_560}`,
    }));
    const result = validateDataset(input);
    const fromColumns = indexEvents(result.events, eventColumns(result));
    const read = indexEvents(result.events);
    expect(fromColumns.categoryNames).toEqual(read.categoryNames);
    expect(fromColumns.categories).toEqual(read.categories);
    expect(fromColumns.categoryNames).toHaveLength(0x10000);
  });
});
