import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeTooltip } from '../../src/layout/tooltip-placement';

const bounds = { left: 0, top: 0, width: 400, height: 300 };
const size = { width: 120, height: 40 };

describe('placeTooltip', () => {
  it('placeTooltip puts the tooltip below and centred on its anchor when there is room', () => {
    expect(placeTooltip({ left: 180, top: 50, width: 40, height: 20 }, size, bounds)).toEqual({
      left: 140,
      top: 74,
      side: 'below',
    });
  });

  it('placeTooltip flips above an anchor near the bottom', () => {
    const placed = placeTooltip({ left: 180, top: 270, width: 40, height: 20 }, size, bounds);
    expect(placed.side).toBe('above');
    expect(placed.top + size.height).toBeLessThanOrEqual(270);
  });

  it('placeTooltip slides in from the left and right edges', () => {
    expect(placeTooltip({ left: 0, top: 50, width: 10, height: 10 }, size, bounds).left).toBe(0);
    expect(placeTooltip({ left: 395, top: 50, width: 10, height: 10 }, size, bounds).left).toBe(280);
  });

  it('placeTooltip keeps any tooltip that fits the bounds inside them, wherever its anchor is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 450 }),
        fc.integer({ min: 0, max: 280 }),
        fc.integer({ min: 10, max: 300 }),
        fc.integer({ min: 10, max: 100 }),
        (x, y, width, height) => {
          const placed = placeTooltip({ left: x, top: y, width: 20, height: 20 }, { width, height }, bounds);
          expect(placed.left).toBeGreaterThanOrEqual(0);
          expect(placed.left + width).toBeLessThanOrEqual(400);
          // Vertically it fits wherever the anchor leaves room on one side.
          if (y - 4 >= height || 300 - (y + 24) >= height) {
            expect(placed.top).toBeGreaterThanOrEqual(0);
            expect(placed.top + height).toBeLessThanOrEqual(300);
          }
        },
      ),
    );
  });
});
