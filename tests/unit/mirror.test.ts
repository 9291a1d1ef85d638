import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idlib2018 } from '../../src/data/idlib-2018';
import { dataExtent, layoutTimeline, padWindow } from '../../src/layout/timeline-layout';
import { mirrorLayout } from '../../src/layout/mirror';
import { placeTickLabels } from '../../src/layout/tick-labels';
import { windowShowing } from '../../src/layout/reveal';

const events = idlib2018.events;
const window = padWindow(dataExtent(events)!);
const layout = layoutTimeline({
  events,
  window,
  width: 1000,
  labelWidth: (e) => Math.min(240, e.title.length * 7),
});
const mirrored = mirrorLayout(layout);

describe('mirrorLayout', () => {
  it('mirrorLayout makes time run right to left: the earliest event is at the right', () => {
    const first = mirrored.marks[0]!;
    const last = mirrored.marks.at(-1)!;
    expect(first.x1).toBeGreaterThan(last.x1);
    expect(mirrored.scale(new Date(window[0]))).toBeCloseTo(mirrored.plotRight, 6);
    expect(mirrored.scale(new Date(window[1]))).toBeCloseTo(mirrored.plotLeft, 6);
  });

  it('mirrorLayout reflects every mark and label box about the middle, inside the plot', () => {
    for (const [i, m] of mirrored.marks.entries()) {
      const o = layout.marks[i]!;
      expect(m.x0 + o.x1).toBeCloseTo(1000, 6);
      expect(m.x1 + o.x0).toBeCloseTo(1000, 6);
      expect(m.labelX + m.labelWidth + o.labelX).toBeCloseTo(1000, 6);
      expect(m.x0).toBeLessThanOrEqual(m.x1);
      expect(m.labelX).toBeGreaterThanOrEqual(mirrored.plotLeft - 1e-6);
      expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(mirrored.plotRight + 1e-6);
      expect([m.lane, m.labelled, m.y]).toEqual([o.lane, o.labelled, o.y]);
    }
  });

  it('mirrorLayout keeps each label starting where its event starts: at the mark’s right edge', () => {
    const labelled = mirrored.marks.filter((m) => m.labelled && m.kind === 'point');
    expect(labelled.length).toBeGreaterThan(3);
    // Unless pulled in at the plot's left end, the label's right edge is the mark's right edge.
    const unpulled = labelled.filter((m) => m.labelX > mirrored.plotLeft + 1);
    for (const m of unpulled) expect(m.labelX + m.labelWidth).toBeCloseTo(m.x1 + 6, 6);
  });
});

describe('placeTickLabels in both directions', () => {
  it('placeTickLabels thins right-to-left ticks just as it thins left-to-right ones', () => {
    const ltr = placeTickLabels([100, 140, 200], [60, 60, 60], [0, 1000]);
    const rtl = placeTickLabels([900, 860, 800], [60, 60, 60], [0, 1000]);
    expect(rtl.map((p) => p.shown)).toEqual(ltr.map((p) => p.shown));
  });

  it('shown labels never overlap when ticks run right to left (random ticks)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 200 })), {
          maxLength: 40,
        }),
        (ticks) => {
          const sorted = [...ticks].sort((a, b) => b[0] - a[0]);
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
            if (next) expect(next[1]).toBeLessThanOrEqual(a0);
          }
        },
      ),
    );
  });
});

describe('windowShowing', () => {
  const DAY = 86_400_000;
  const w: [number, number] = [100 * DAY, 200 * DAY];

  it('windowShowing leaves a window that already shows the event alone', () => {
    expect(windowShowing(w, { start: 150 * DAY, end: 151 * DAY })).toEqual(w);
  });

  it('windowShowing pans back to an earlier event, keeping the length and a margin', () => {
    const [from, to] = windowShowing(w, { start: 50 * DAY, end: 51 * DAY });
    expect(to - from).toBe(100 * DAY);
    expect(from).toBe(40 * DAY);
  });

  it('windowShowing pans forward just far enough to show a later event whole', () => {
    const [from, to] = windowShowing(w, { start: 250 * DAY, end: 260 * DAY });
    expect(to - from).toBe(100 * DAY);
    expect(to).toBe(270 * DAY);
  });

  it('windowShowing shows the start of an event longer than the window', () => {
    const [from, to] = windowShowing(w, { start: 300 * DAY, end: 900 * DAY });
    expect(from).toBeLessThan(300 * DAY);
    expect(to).toBeGreaterThan(300 * DAY);
    expect(to - from).toBe(100 * DAY);
  });
});
