import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeTickLabels } from '../../src/layout/tick-labels';

describe('placeTickLabels', () => {
  it('placeTickLabels hides a label that would touch the one before it', () => {
    const placed = placeTickLabels([100, 140, 200], [60, 60, 60], [0, 1000]);
    expect(placed.map((p) => p.shown)).toEqual([true, false, true]);
  });

  it('placeTickLabels moves edge labels inside the bounds', () => {
    const placed = placeTickLabels([5, 995], [40, 40], [0, 1000]);
    expect(placed.map((p) => p.x)).toEqual([20, 980]);
  });

  it('shown labels never overlap and stay in bounds (random ticks)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 200 })), {
          maxLength: 40,
        }),
        (ticks) => {
          const sorted = [...ticks].sort((a, b) => a[0] - b[0]);
          const placed = placeTickLabels(
            sorted.map((t) => t[0]),
            sorted.map((t) => t[1]),
            [0, 1000],
          );
          const boxes = placed.flatMap((p, i): [number, number][] =>
            p.shown ? [[p.x - sorted[i]![1] / 2, p.x + sorted[i]![1] / 2]] : [],
          );
          for (const [i, [a0, a1]] of boxes.entries()) {
            expect(a0).toBeGreaterThanOrEqual(0);
            expect(a1).toBeLessThanOrEqual(1000);
            const next = boxes[i + 1];
            if (next) expect(next[0]).toBeGreaterThanOrEqual(a1);
          }
        },
      ),
    );
  });
});
