// The timeline takes its category styles, its whole extent and (with nothing filtered out) its
// index from one index of the validated events; each must be what it had from the events.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { validateDataset } from '../../src/data/validate';
import { CONFIDENCES } from '../../src/data/types';
import { indexEvents, indexValidated } from '../../src/layout/event-index';
import { filterEvents } from '../../src/layout/event-filter';
import { dataExtent } from '../../src/layout/timeline-layout';
import { categoryStyles, UNCATEGORISED } from '../../src/layout/categories';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Events in any order, some ranges, a few left out, categories from a few (one spelled like the "no category" key, some unstated). */
const dataset = fc.array(
  fc
    .record({
      day: fc.integer({ min: 0, max: 400 }),
      length: fc.integer({ min: 0, max: 40 }),
      category: fc.constantFrom('offensive', 'capture', 'surrender', UNCATEGORISED, ' capture ', undefined),
      confidence: fc.constantFrom(...CONFIDENCES, undefined),
      title: fc.constantFrom('Convoy near Idlib', 'Strike on Hama', 'Meeting'),
      bad: fc.boolean(),
    })
    .map(({ day, length, category, confidence, title, bad }) => {
      const start = Date.UTC(2017, 0, 1) + day * DAY;
      return {
        title,
        start: bad ? 'someday' : iso(start),
        ...(length > 0 && { end: iso(start + length * DAY) }),
        ...(category !== undefined && { category }),
        ...(confidence !== undefined && { confidence }),
      };
    }),
  { maxLength: 120 },
);

describe('indexValidated', () => {
  it('indexValidated(result) is indexEvents(result.events)', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const result = validateDataset(input);
        expect(indexValidated(result)).toStrictEqual(indexEvents(result.events));
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('indexValidated(result).extent is dataExtent(result.events), the window a reader zooms out to', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const result = validateDataset(input);
        expect(indexValidated(result).extent).toEqual(dataExtent(result.events));
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('categoryStyles(indexValidated(result).categoryNames) gives each category the colour and shape its events give it', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const result = validateDataset(input);
        expect(categoryStyles(indexValidated(result).categoryNames)).toEqual(
          categoryStyles(result.events.map((e) => e.category)),
        );
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it('indexValidated(result) stands for indexEvents(shown) whenever the filter keeps every event', () => {
    const filters = fc.record({
      categories: fc.option(fc.subarray(['offensive', 'capture', 'surrender', UNCATEGORISED]), {
        nil: undefined,
      }),
      text: fc.constantFrom('', 'idlib', 'hama strike', 'e'),
      confidences: fc.option(fc.subarray([...CONFIDENCES]), { nil: undefined }),
    });
    fc.assert(
      fc.property(dataset, filters, (input, { categories, text, confidences }) => {
        const result = validateDataset(input);
        const shown = filterEvents(result.events, categories, { text, ...(confidences && { confidences }) });
        if (shown.length !== result.events.length) return;
        const { events, ...index } = indexEvents(shown);
        const { events: all, ...validated } = indexValidated(result);
        expect(validated).toStrictEqual(index);
        expect(all).toEqual(events);
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('indexValidated is made once per result, and again when the result’s events are replaced', () => {
    const result = validateDataset([
      { id: 'b', title: 'B', start: '2018-02' },
      { id: 'a', title: 'A', start: '2017' },
    ]);
    expect(indexValidated(result)).toBe(indexValidated(result));
    result.events = result.events.slice(1);
    expect(indexValidated(result).events).toBe(result.events);
    expect(indexValidated(result).extent).toEqual(dataExtent(result.events));
    expect(indexValidated(null).extent).toBeNull();
  });
});
