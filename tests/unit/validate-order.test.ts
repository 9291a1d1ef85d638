import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/data/validate';
import { syntheticEvents } from '../../src/data/synthetic';
import { indexEvents } from '../../src/layout/event-index';

describe('validation order', () => {
  it('sorts events by start and keeps the dataset order of events that start on the same day', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 28 }), { maxLength: 200 }), (days) => {
        const input = days.map((day, i) => ({
          id: `e${i}`,
          title: `Event ${i}`,
          start: `2017-02-${String(day).padStart(2, '0')}`,
        }));
        const ids = validateDataset(input).events.map((e) => e.id);
        // What a stable comparison sort gives: by day, then by place in the dataset.
        const expected = input
          .map((e, i) => ({ id: e.id, day: days[i]!, i }))
          .sort((a, b) => a.day - b.day || a.i - b.i)
          .map((e) => e.id);
        expect(ids).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('a range starting the same day as a point stays where the dataset puts it', () => {
    const events = validateDataset([
      { id: 'b', title: 'B', start: '2018-01-02' },
      { id: 'r', title: 'R', start: '2018-01-01', end: '2018-01-05' },
      { id: 'p', title: 'P', start: '2018-01-01' },
    ]).events;
    expect(events.map((e) => e.id)).toEqual(['r', 'p', 'b']);
  });
});

describe('the index counts categories by number', () => {
  it('gives each category a code, in order of first appearance, that names the event’s category', () => {
    const events = validateDataset(syntheticEvents(2000, 4)).events;
    const index = indexEvents(events);
    events.forEach((e, i) => expect(index.categoryNames[index.categories[i]!]).toBe(e.category));
    expect(new Set(index.categoryNames).size).toBe(index.categoryNames.length);
  });

  it('tells apart more categories than a quick scan covers', () => {
    const input = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: '2017-01-01',
      category: `c${i % 20}`,
    }));
    const index = indexEvents(validateDataset(input).events);
    expect(index.categoryNames).toHaveLength(20);
    index.events.forEach((e, i) => expect(index.categoryNames[index.categories[i]!]).toBe(e.category));
  });
});
