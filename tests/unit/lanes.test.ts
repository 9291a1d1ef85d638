import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { packLanes, type LaneItem, type LanePlacement } from '../../src/layout/lanes';

/** A point mark at `x` with a label `width` px wide to its right, 2 px away. */
const pointAt = (x: number, width = 50): LaneItem => ({
  mark: [x - 3, x + 3],
  label: [x + 5, x + 5 + width],
});

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/** The label an item is drawn with: its full one or the shorter one chosen. */
const shownLabel = (item: LaneItem, placement: LanePlacement) =>
  [item.label, ...(item.shorterLabels ?? [])][placement.labelChoice]!;

/** Every pair in one lane where a shown label touches another item's mark or shown label. */
function labelCollisions(
  items: readonly LaneItem[],
  placements: readonly LanePlacement[],
): [number, number][] {
  const found: [number, number][] = [];
  items.forEach((a, i) => {
    if (!placements[i]!.labelled) return;
    const aLabel = shownLabel(a, placements[i]!);
    items.forEach((b, j) => {
      if (i === j || placements[i]!.lane !== placements[j]!.lane) return;
      const bLabel = shownLabel(b, placements[j]!);
      const drawn = placements[j]!.labelled ? [b.mark, bLabel] : [b.mark];
      // A label may not cover its neighbour's mark or label; nor may a neighbour cover this item's mark.
      if (
        drawn.some((box) => overlaps(aLabel, box)) ||
        (placements[j]!.labelled && overlaps(bLabel, a.mark))
      ) {
        found.push([i, j]);
      }
    });
  });
  return found;
}

describe('packLanes', () => {
  it('packLanes(items far apart) puts every item, labelled, in lane 0', () => {
    const items = [pointAt(0), pointAt(100), pointAt(200)];
    expect(packLanes(items, { lanes: 3 })).toEqual([
      { lane: 0, labelled: true, labelChoice: 0 },
      { lane: 0, labelled: true, labelChoice: 0 },
      { lane: 0, labelled: true, labelChoice: 0 },
    ]);
  });

  it('packLanes moves an item whose label would collide down to the next free lane', () => {
    const items = [pointAt(0), pointAt(30), pointAt(60), pointAt(120)];
    expect(packLanes(items, { lanes: 3 })).toEqual([
      { lane: 0, labelled: true, labelChoice: 0 },
      { lane: 1, labelled: true, labelChoice: 0 },
      { lane: 2, labelled: true, labelChoice: 0 },
      { lane: 0, labelled: true, labelChoice: 0 },
    ]);
  });

  it('packLanes returns placements in input order, whatever order the items come in', () => {
    const items = [pointAt(120), pointAt(60), pointAt(30), pointAt(0)];
    expect(packLanes(items, { lanes: 3 }).map((p) => p.lane)).toEqual([0, 2, 1, 0]);
  });

  it('packLanes keeps `gap` px between things in a lane (default 4)', () => {
    // The first label ends at 55; a mark starting at 58 is 3 px away: too close by default, fine with gap 2.
    const items = [pointAt(0), pointAt(61)];
    expect(packLanes(items, { lanes: 2 }).map((p) => p.lane)).toEqual([0, 1]);
    expect(packLanes(items, { lanes: 2, gap: 2 }).map((p) => p.lane)).toEqual([0, 0]);
  });

  it('packLanes places a label on the left of its mark like any other', () => {
    const left: LaneItem = { mark: [100, 106], label: [40, 96] };
    expect(packLanes([pointAt(0), left], { lanes: 2 })).toEqual([
      { lane: 0, labelled: true, labelChoice: 0 },
      { lane: 1, labelled: true, labelChoice: 0 },
    ]);
    expect(packLanes([pointAt(0, 20), left], { lanes: 2 })).toEqual([
      { lane: 0, labelled: true, labelChoice: 0 },
      { lane: 0, labelled: true, labelChoice: 0 },
    ]);
  });

  it('packLanes shows the mark alone, in the lowest lane with room for it, when its label fits in no lane', () => {
    const items: LaneItem[] = [
      { mark: [0, 6], label: [8, 100] },
      { mark: [10, 16], label: [18, 50] },
      // Its label, on the left, runs into both lanes; its mark fits after the second item.
      { mark: [60, 300], label: [20, 58] },
    ];
    expect(packLanes(items, { lanes: 2 })).toEqual([
      { lane: 0, labelled: true, labelChoice: 0 },
      { lane: 1, labelled: true, labelChoice: 0 },
      { lane: 1, labelled: false, labelChoice: 0 },
    ]);
  });

  it('packLanes puts a mark that fits nowhere over other marks rather than under a label', () => {
    const items: LaneItem[] = [
      { mark: [0, 6], label: [8, 100] },
      { mark: [10, 16], label: [18, 50] },
      { mark: [60, 300], label: [20, 58] },
      // Lane 0 has a label over 70–80; lane 1 only the long bare mark.
      { mark: [70, 80], label: [82, 90] },
    ];
    const placements = packLanes(items, { lanes: 2 });
    expect(placements).toEqual([
      { lane: 0, labelled: true, labelChoice: 0 },
      { lane: 1, labelled: true, labelChoice: 0 },
      { lane: 1, labelled: false, labelChoice: 0 },
      { lane: 1, labelled: false, labelChoice: 0 },
    ]);
    expect(labelCollisions(items, placements)).toEqual([]);
  });

  it('packLanes takes a label away rather than draw a mark under it, and gives the label to the newcomer if it fits', () => {
    const crowded = [pointAt(0), pointAt(10), pointAt(20)];
    // The third mark (17–23) falls under both labels; lane 0's label gives way, and the third item's label then fits.
    expect(packLanes(crowded, { lanes: 2 })).toEqual([
      { lane: 0, labelled: false, labelChoice: 0 },
      { lane: 1, labelled: true, labelChoice: 0 },
      { lane: 0, labelled: true, labelChoice: 0 },
    ]);
  });

  it('packLanes with one lane labels what it can and never lets a label cover a mark', () => {
    // Items 60 px apart; every other label is too long to end before the next mark.
    const items = Array.from({ length: 20 }, (_, i) => pointAt(i * 60, i % 2 === 0 ? 20 : 100));
    const placements = packLanes(items, { lanes: 1 });
    expect(placements.every((p) => p.lane === 0)).toBe(true);
    expect(placements.filter((p) => p.labelled).length).toBeGreaterThanOrEqual(10);
    expect(labelCollisions(items, placements)).toEqual([]);
  });

  it('packLanes with lanes 0 or NaN still uses one lane', () => {
    expect(packLanes([pointAt(0)], { lanes: 0 })).toEqual([{ lane: 0, labelled: true, labelChoice: 0 }]);
    expect(packLanes([pointAt(0)], { lanes: Number.NaN })).toEqual([
      { lane: 0, labelled: true, labelChoice: 0 },
    ]);
  });

  it('packLanes([]) is []', () => {
    expect(packLanes([], { lanes: 3 })).toEqual([]);
  });

  it('packLanes does not change the items it is given', () => {
    const items = [pointAt(0), pointAt(10)];
    const copy = structuredClone(items);
    packLanes(items, { lanes: 1 });
    expect(items).toEqual(copy);
  });

  it('packLanes(random items) never lets a label overlap a mark or label in its lane, and uses lanes 0 to lanes-1', () => {
    const extent = fc
      .tuple(fc.integer({ min: -200, max: 1200 }), fc.integer({ min: 0, max: 300 }))
      .map(([x, w]): [number, number] => [x, x + w]);
    const item = fc.oneof(
      fc.record({ mark: extent, label: extent }),
      // A realistic item: a label beside its mark, on either side.
      fc
        .tuple(extent, fc.integer({ min: 0, max: 200 }), fc.boolean(), fc.integer({ min: 0, max: 6 }))
        .map(([mark, width, right, space]): LaneItem => ({
          mark,
          label: right
            ? [mark[1] + space, mark[1] + space + width]
            : [mark[0] - space - width, mark[0] - space],
        })),
      // With shorter labels to fall back on, as the component gives them.
      fc
        .tuple(extent, fc.integer({ min: 20, max: 260 }), fc.integer({ min: 0, max: 6 }))
        .map(([mark, width, space]): LaneItem => ({
          mark,
          label: [mark[0], mark[0] + space + width],
          shorterLabels: [
            [mark[0], mark[0] + space + width / 2],
            [mark[0], mark[0] + space + width / 4],
          ],
        })),
    );
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 10 }),
        (items, lanes, gap) => {
          const placements = packLanes(items, { lanes, gap });
          expect(placements).toHaveLength(items.length);
          for (const p of placements) {
            expect(Number.isInteger(p.lane) && p.lane >= 0 && p.lane < lanes).toBe(true);
          }
          expect(labelCollisions(items, placements)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('packLanes(random items) labels everything when there are as many lanes as items', () => {
    const extent = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }))
      .map(([x, w]): [number, number] => [x, x + w]);
    fc.assert(
      fc.property(fc.array(fc.record({ mark: extent, label: extent }), { maxLength: 30 }), (items) => {
        const placements = packLanes(items, { lanes: Math.max(1, items.length) });
        expect(placements.every((p) => p.labelled)).toBe(true);
      }),
    );
  });

  it('packLanes(10,000 items, 8 lanes) places every item without collisions', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => pointAt((i * 7919) % 5000));
    const placements = packLanes(items, { lanes: 8 });
    expect(placements).toHaveLength(10_000);
    expect(labelCollisions(items.slice(0, 300), placements.slice(0, 300))).toEqual([]);
  });
});

describe('packLanes with shorter labels', () => {
  it('packLanes falls back to a shorter label where the full one has no room', () => {
    const placements = packLanes(
      [
        { mark: [0, 10], label: [0, 200] },
        {
          mark: [150, 160],
          label: [150, 400],
          shorterLabels: [
            [150, 300],
            [230, 300],
          ],
        },
      ],
      { lanes: 1, gap: 0 },
    );
    // The mark at 150 sits under the first label, so the first label gives way; then the second
    // item's full label fits in the freed lane.
    expect(placements[1]).toEqual({ lane: 0, labelled: true, labelChoice: 0 });
  });

  it('packLanes picks the first shorter label that starts after the lane is clear', () => {
    const placements = packLanes(
      [
        { mark: [0, 10], label: [0, 100] },
        {
          mark: [290, 300],
          label: [50, 300],
          shorterLabels: [
            [120, 300],
            [200, 300],
          ],
        },
      ],
      { lanes: 1, gap: 0 },
    );
    expect(placements).toEqual([
      { lane: 0, labelled: true, labelChoice: 0 },
      { lane: 0, labelled: true, labelChoice: 1 },
    ]);
  });
});
