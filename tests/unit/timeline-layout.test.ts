import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/data/validate';
import { syntheticEvents } from '../../src/data/synthetic';
import { dataExtent, eventsInView, layoutTimeline, padWindow } from '../../src/layout/timeline-layout';
import { parsePartialDate } from '../../src/data/dates';

const events = validateDataset(syntheticEvents(300, 3)).events;
const window = padWindow(dataExtent(events)!);
const labelWidth = () => 120;

describe('layoutTimeline', () => {
  it('layoutTimeline places every event in the window, inside the plot', () => {
    const layout = layoutTimeline({ events, window, width: 900, labelWidth });
    expect(layout.marks).toHaveLength(events.length);
    for (const m of layout.marks) {
      expect(m.x0).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(m.x1).toBeLessThanOrEqual(layout.plotRight);
      expect(m.lane).toBeLessThan(layout.lanes);
    }
    expect(layout.height).toBe(layout.lanes * 36);
  });

  it('layoutTimeline keeps labelled labels apart within a lane', () => {
    const layout = layoutTimeline({ events, window, width: 900, labelWidth });
    const byLane = new Map<number, typeof layout.marks>();
    for (const m of layout.marks.filter((m) => m.labelled))
      byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m]);
    for (const marks of byLane.values()) {
      const sorted = marks.sort((a, b) => a.labelX - b.labelX);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]!.labelX).toBeGreaterThanOrEqual(sorted[i - 1]!.labelX + sorted[i - 1]!.labelWidth);
      }
    }
  });

  it('layoutTimeline culls events outside the window and marks clipped ones', () => {
    const from = parsePartialDate('2017-06')!.start;
    const to = parsePartialDate('2017-06')!.end;
    const layout = layoutTimeline({ events, window: [from, to], width: 900, labelWidth });
    expect(layout.marks.map((m) => m.event.id)).toEqual(eventsInView(events, [from, to]).map((e) => e.id));
    for (const m of layout.marks) {
      expect(m.clippedStart).toBe(m.event.span.start < from);
      expect(m.clippedEnd).toBe(m.event.span.end > to);
    }
  });

  it('a day event sits at the middle of its day', () => {
    const [day] = validateDataset([{ id: 'a', title: 'A', start: '2018-02-13' }]).events;
    const from = parsePartialDate('2018-02-13')!.start;
    const layout = layoutTimeline({
      events: [day!],
      window: [from, from + 86_400_000],
      width: 140,
      labelWidth,
    });
    expect(layout.marks[0]!.x0).toBeCloseTo(70);
  });

  it('layoutTimeline never puts a mark outside the plot (random windows and widths)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 1, max: 800 }),
        (width, offsetDays, lengthDays) => {
          const start = window[0] + offsetDays * 86_400_000;
          const layout = layoutTimeline({
            events,
            window: [start, start + lengthDays * 86_400_000],
            width,
            labelWidth,
          });
          for (const m of layout.marks) {
            expect(m.x0).toBeGreaterThanOrEqual(layout.plotLeft - 1e-9);
            expect(m.x1).toBeLessThanOrEqual(layout.plotRight + 1e-9);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('layoutTimeline during a pan (laneBefore, packFromEnd)', () => {
  // A crowded view, as at 1,000 events zoomed to a fifth of their span: every lane in use.
  const many = validateDataset(syntheticEvents(1000, 7)).events;
  const [from, to] = [Date.parse('2017-06-01'), Date.parse('2017-08-26')];
  const widths = (e: { title: string }) => [e.title.length * 7, e.title.length * 4, e.title.length * 2];

  /** Five pans of a fifth of the window each, every one given the lanes of the one before. */
  function pan(direction: 1 | -1) {
    let before = layoutTimeline({ events: many, window: [from, to], width: 1280, labelWidth: widths });
    const steps = [];
    for (let i = 1; i <= 5; i++) {
      const shift = (to - from) * 0.2 * i * direction;
      const lanes = new Map(before.marks.map((m) => [m.event.id, m]));
      const after = layoutTimeline({
        events: many,
        window: [from + shift, to + shift],
        width: 1280,
        labelWidth: widths,
        laneBefore: (e) => lanes.get(e.id)?.lane,
        packFromEnd: direction < 0,
      });
      const stayed = after.marks.filter((m) => lanes.has(m.event.id));
      steps.push({ after, stayed, lanes });
      before = after;
    }
    return steps;
  }

  it.each([
    ['towards later dates', 1 as const],
    ['towards earlier dates', -1 as const],
  ])(
    'a pan %s keeps every event still in view in its lane, and labels most of them as before',
    (_, direction) => {
      for (const { after, stayed, lanes } of pan(direction)) {
        expect(after.lanes).toBe(16);
        expect(stayed.length).toBeGreaterThan(120);
        // All but the odd one, whose mark would be under a label that cannot give way (lanes.ts).
        const moved = stayed.filter((m) => m.lane !== lanes.get(m.event.id)!.lane);
        expect(moved.length).toBeLessThanOrEqual(stayed.length / 50);
        const relabelled = stayed.filter((m) => m.labelled !== lanes.get(m.event.id)!.labelled);
        expect(relabelled.length).toBeLessThan(stayed.length / 5);
      }
    },
  );

  it('a pan keeps labels apart within a lane, as a fresh layout does', () => {
    for (const { after } of [...pan(1), ...pan(-1)]) {
      const byLane = new Map<number, typeof after.marks>();
      for (const m of after.marks) byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m]);
      for (const marks of byLane.values()) {
        for (const a of marks.filter((m) => m.labelled))
          for (const b of marks) {
            if (a === b) continue;
            const label: [number, number] = [a.labelX, a.labelX + a.labelWidth];
            const boxes: [number, number][] = [[b.x0, b.x1]];
            if (b.labelled) boxes.push([b.labelX, b.labelX + b.labelWidth]);
            expect(boxes.filter(([x0, x1]) => x0 < label[1] && label[0] < x1)).toEqual([]);
          }
      }
    }
  });
});

describe('padWindow', () => {
  it('padWindow(window) widens a single day to two weeks around it', () => {
    const day = parsePartialDate('2018-02-13')!;
    const [start, end] = padWindow([day.start, day.end]);
    expect(end - start).toBe(14 * 86_400_000);
    expect((start + end) / 2).toBe((day.start + day.end) / 2);
  });
});
