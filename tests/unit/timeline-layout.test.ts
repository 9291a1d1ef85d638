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

describe('padWindow', () => {
  it('padWindow(window) widens a single day to two weeks around it', () => {
    const day = parsePartialDate('2018-02-13')!;
    const [start, end] = padWindow([day.start, day.end]);
    expect(end - start).toBe(14 * 86_400_000);
    expect((start + end) / 2).toBe((day.start + day.end) / 2);
  });
});
