import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/data/validate';
import { syntheticEvents } from '../../src/data/synthetic';
import { indexEvents, positionsInWindow } from '../../src/layout/event-index';
import { densityBins, eventNear } from '../../src/layout/density';
import { scaleUtc } from 'd3-scale';

const DAY = 86_400_000;
const events = validateDataset(syntheticEvents(3000, 11)).events;
const index = indexEvents(events);
const from = events[0]!.span.start;
const to = events.at(-1)!.span.end;

describe('positionsInWindow', () => {
  it('positionsInWindow(index, window) returns exactly the events a naive filter finds (random windows)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 450 }),
        fc.integer({ min: 0, max: 200 }),
        (offsetDays, lengthDays) => {
          const window: [number, number] = [from + offsetDays * DAY, from + (offsetDays + lengthDays) * DAY];
          const naive = events
            .filter((e) => e.span.end > window[0] && e.span.start < window[1])
            .map((e) => e.id);
          const found = [...positionsInWindow(index, window)].map((i) => index.events[i]!.id);
          expect(found.sort()).toEqual(naive.sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('indexEvents sorts events that come unsorted', () => {
    const shuffled = [...events].reverse();
    const sortedIndex = indexEvents(shuffled);
    for (let i = 1; i < sortedIndex.starts.length; i++) {
      expect(sortedIndex.starts[i]!).toBeGreaterThanOrEqual(sortedIndex.starts[i - 1]!);
    }
  });
});

describe('densityBins', () => {
  const x: [number, number] = [from, to];

  it('densityBins conserves counts: every event in view is counted once, per category too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        (offset, length, binWidth) => {
          const positions = positionsInWindow(index, [from + offset * DAY, from + (offset + length) * DAY]);
          const density = densityBins(index, positions, x, 20, 980, binWidth);
          const total = density.bins.reduce((sum, b) => sum + b.count, 0);
          expect(total).toBe(positions.length);
          expect(density.total).toBe(positions.length);
          for (const bin of density.bins) expect(bin.byCategory.reduce((a, b) => a + b, 0)).toBe(bin.count);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('densityBins keeps every bin inside the plot', () => {
    const density = densityBins(
      index,
      positionsInWindow(index, [from - 100 * DAY, to + 100 * DAY]),
      x,
      20,
      980,
      7,
    );
    for (const bin of density.bins) {
      expect(bin.x0).toBeGreaterThanOrEqual(20);
      expect(bin.x1).toBeLessThanOrEqual(980);
    }
  });
});

describe('eventNear', () => {
  const scale = scaleUtc().domain([from, to]).range([0, 10_000]);
  const x = (t: number) => scale(t);
  const invert = (px: number) => +scale.invert(px);

  it('eventNear(px) finds the event under the pointer, the same as checking every event', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (px) => {
        const hit = eventNear(index, x, invert, px, 6);
        let best = Infinity;
        for (let i = 0; i < index.events.length; i++) {
          best = Math.min(best, Math.abs(x((index.starts[i]! + index.ends[i]!) / 2) - px));
        }
        if (best > 6) expect(hit).toBeNull();
        else expect(Math.abs(x((index.starts[hit!]! + index.ends[hit!]!) / 2) - px)).toBeCloseTo(best, 6);
      }),
      { numRuns: 300 },
    );
  });
});
