import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idlib2018 } from '../../src/data/idlib-2018';
import { dataExtent, padWindow } from '../../src/layout/timeline-layout';
import { dodgeLabels, layoutVertical, verticalHeight } from '../../src/layout/vertical-layout';

const events = idlib2018.events;
const window = padWindow(dataExtent(events)!);

describe('dodgeLabels', () => {
  it('dodgeLabels leaves labels with room where they are, centred on their ideal', () => {
    expect(dodgeLabels([50, 150, 250], 20, 4, [0, 400])).toEqual([40, 140, 240]);
  });

  it('dodgeLabels moves crowded labels apart just enough, keeping their order', () => {
    const tops = dodgeLabels([100, 100, 100], 20, 4, [0, 400]) as number[];
    expect(tops[1]! - tops[0]!).toBe(24);
    expect(tops[2]! - tops[1]!).toBe(24);
  });

  it('dodgeLabels pushes a cluster at the bottom back up inside the bounds', () => {
    const tops = dodgeLabels([395, 398, 399], 20, 4, [0, 400]) as number[];
    expect(Math.max(...tops) + 20).toBeLessThanOrEqual(400);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('dodgeLabels drops labels that cannot come near their ideal, and never overlaps or leaves the bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 40 }), (ideals) => {
        const tops = dodgeLabels(ideals, 18, 4, [0, 300], 60);
        const placed = tops
          .map((t, i) => ({ t, ideal: ideals[i]! }))
          .filter((p): p is { t: number; ideal: number } => p.t !== null)
          .sort((a, b) => a.t - b.t);
        for (const [k, p] of placed.entries()) {
          expect(p.t).toBeGreaterThanOrEqual(-0.5);
          expect(p.t + 18).toBeLessThanOrEqual(300.5);
          expect(Math.abs(p.t + 9 - p.ideal)).toBeLessThanOrEqual(60.5);
          if (k > 0) expect(p.t - placed[k - 1]!.t).toBeGreaterThanOrEqual(22 - 1e-9);
        }
      }),
    );
  });
});

describe('layoutVertical', () => {
  const input = {
    events,
    window,
    width: 360,
    height: verticalHeight(events.length),
    labelWidth: (_e: unknown, room: number) => Math.min(200, room),
  };

  it('layoutVertical runs time down the axis: later events lower', () => {
    const layout = layoutVertical(input);
    expect(layout.marks).toHaveLength(events.length);
    const byStart = [...layout.marks].sort((a, b) => a.event.span.start - b.event.span.start);
    for (let i = 1; i < byStart.length; i++)
      expect(byStart[i]!.y0).toBeGreaterThanOrEqual(byStart[i - 1]!.y0);
    for (const m of layout.marks) {
      expect(m.y0).toBeGreaterThanOrEqual(layout.plotTop);
      expect(m.y1).toBeLessThanOrEqual(layout.plotBottom);
    }
  });

  it('layoutVertical puts labels beside the marks, inside the width, never overlapping', () => {
    const layout = layoutVertical(input);
    const labelled = layout.marks.filter((m) => m.labelled).sort((a, b) => a.labelY - b.labelY);
    expect(labelled.length).toBeGreaterThan(events.length * 0.6);
    for (const [i, m] of labelled.entries()) {
      expect(m.labelX).toBeGreaterThan(Math.max(m.x0, m.x1));
      expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(360);
      if (i > 0) expect(m.labelY - labelled[i - 1]!.labelY).toBeGreaterThanOrEqual(24);
    }
  });

  it('layoutVertical with rtl puts the axis on the right and the labels left of the marks', () => {
    const layout = layoutVertical({ ...input, rtl: true });
    expect(layout.axisX).toBeGreaterThan(280);
    for (const m of layout.marks.filter((m) => m.labelled)) {
      expect(m.labelX + m.labelWidth).toBeLessThan(Math.min(m.x0, m.x1));
      expect(m.labelX).toBeGreaterThanOrEqual(0);
    }
  });

  it('layoutVertical labels reference markers among the events', () => {
    const at = Date.parse('2018-02-13T12:00:00Z');
    const layout = layoutVertical({
      ...input,
      markers: [{ at, date: '2018-02-13', label: 'Article published', labelWidth: () => 110 }],
    });
    const [marker] = layout.markers;
    expect(marker!.labelled).toBe(true);
    for (const m of layout.marks.filter((m) => m.labelled))
      expect(Math.abs(m.labelY - marker!.labelY)).toBeGreaterThanOrEqual(24);
  });
});
