// Layout never puts a mark or a label outside the plot, whatever the events, window and widths:
// events from 0001 to 9999, all on one day, a window far from the data, a plot 0 px wide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { validateDataset } from '../../src/data/validate';
import { DEFAULT_LAYOUT, dataExtent, layoutTimeline, padWindow } from '../../src/layout/timeline-layout';

const partialDate = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, '0')),
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  // Many events on the same few days, as in a live feed.
  fc.constantFrom('2018-02-13', '2018-02-14', '2018-02'),
);

const event = fc.record(
  {
    title: fc.constantFrom('A', 'Surrender', 'A much longer title about many things'),
    start: partialDate,
    end: partialDate,
    approximate: fc.boolean(),
  },
  { requiredKeys: ['title', 'start'] },
);

const MAX_YEAR_END = Date.UTC(10000, 0, 1);

describe('layoutTimeline: property', () => {
  it('layoutTimeline(random events, windows, widths, label widths) keeps every mark and label inside the plot', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.oneof(
          fc.constant(null),
          fc
            .tuple(
              fc.integer({ min: -62_135_596_800_000, max: MAX_YEAR_END }),
              fc.integer({ min: 1, max: 1e14 }),
            )
            .map(([start, length]) => [start, start + length] as const),
        ),
        fc.array(fc.oneof(fc.double({ min: 0, max: 5000, noNaN: true }), fc.constant(0)), {
          minLength: 1,
          maxLength: 3,
        }),
        (inputs, width, chosen, labelWidths) => {
          const { events } = validateDataset(inputs);
          const extent = dataExtent(events);
          const window = chosen ?? (extent ? padWindow(extent) : ([0, 1] as const));
          const layout = layoutTimeline({ events, window, width, labelWidth: () => labelWidths });
          expect(layout.plotLeft).toBeLessThanOrEqual(layout.plotRight);
          for (const m of layout.marks) {
            for (const x of [m.x0, m.x1]) {
              expect(Number.isFinite(x)).toBe(true);
              expect(x).toBeGreaterThanOrEqual(layout.plotLeft - 1e-6);
              expect(x).toBeLessThanOrEqual(layout.plotRight + 1e-6);
            }
            expect(m.y).toBeGreaterThan(0);
            expect(m.y).toBeLessThan(layout.height);
            expect(m.lane).toBeLessThan(DEFAULT_LAYOUT.maxLanes);
            if (m.labelled) {
              expect(m.labelX).toBeGreaterThanOrEqual(layout.plotLeft - 1e-6);
              expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(layout.plotRight + 1e-6);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('layoutTimeline draws events in 0001, 2018 and 9999 in order across one plot', () => {
    const { events } = validateDataset([
      { id: 'first', title: 'First', start: '0001-01-01' },
      { id: 'mid', title: 'Middle', start: '2018-02-13' },
      { id: 'last', title: 'Last', start: '9999-12-31' },
    ]);
    const layout = layoutTimeline({
      events,
      window: padWindow(dataExtent(events)!),
      width: 800,
      labelWidth: () => 40,
    });
    const x = Object.fromEntries(layout.marks.map((m) => [m.event.id, m.x0]));
    expect(layout.marks).toHaveLength(3);
    expect(x.first!).toBeLessThan(x.mid!);
    expect(x.mid!).toBeLessThan(x.last!);
    expect(layout.ticks.ticks.length).toBeGreaterThan(1);
  });

  it('layoutTimeline spreads nothing when every event is on the same day: all at the middle', () => {
    const { events } = validateDataset(
      Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2018-02-13' })),
    );
    const layout = layoutTimeline({
      events,
      window: padWindow(dataExtent(events)!),
      width: 700,
      labelWidth: () => 80,
    });
    expect(layout.marks).toHaveLength(50);
    expect(new Set(layout.marks.map((m) => m.x0.toFixed(6))).size).toBe(1);
    expect(layout.marks[0]!.x0).toBeCloseTo(350);
  });
});
