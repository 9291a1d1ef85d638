import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { startOrder } from '../../src/data/start-order';

const DAY = 86_400_000;

/** What a stable comparison sort gives: positions by start, ties by position. */
function stableOrder(starts: readonly number[]): number[] {
  return starts
    .map((start, i) => ({ start, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i)
    .map(({ i }) => i);
}

const order = (starts: readonly number[]) => {
  const found = startOrder(Float64Array.from(starts));
  return found ? [...found] : starts.map((_, i) => i);
};

describe('startOrder', () => {
  it('startOrder(starts of whole days) is the order a stable sort gives', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -800, max: 800 }), { maxLength: 300 }), (days) => {
        const starts = days.map((d) => Date.UTC(2017, 0, 1) + d * DAY);
        expect(order(starts)).toEqual(stableOrder(starts));
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('startOrder(starts spread over millennia, or not whole days apart) is the order a stable sort gives', () => {
    const start = fc.oneof(
      fc.integer({ min: -20_000, max: 20_000 }).map((y) => y * 365 * DAY),
      // Deep time: past exact milliseconds, so not whole days apart.
      fc.double({ min: -4e23, max: 4e23, noNaN: true }),
      fc.integer({ min: 0, max: 1e9 }),
    );
    fc.assert(
      fc.property(fc.array(start, { maxLength: 300 }), (starts) => {
        expect(order(starts)).toEqual(stableOrder(starts));
      }),
      { seed: 6, numRuns: 300 },
    );
  });

  it('startOrder([noon, midnight, next midnight]) does not round the noon start to its day', () => {
    expect(order([DAY / 2, 0, DAY])).toEqual([1, 0, 2]);
  });

  it('startOrder(starts already in order) is null: nothing to move', () => {
    expect(startOrder(Float64Array.from([0, 0, DAY, 5 * DAY]))).toBeNull();
  });
});
