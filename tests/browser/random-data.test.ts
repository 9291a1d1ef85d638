// Property: whatever dataset, window, locale and width a page gives it, the element never throws,
// draws every valid event (and nothing else), and keeps every mark inside the plot.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { validateDataset } from '../../src/data/validate';
import { UNCATEGORISED } from '../../src/layout/categories';
import { HOSTILE_TEXTS } from '../hostile-payloads';
import { markIds, mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

const date = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, '0')),
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, d.getUTCDate() % 2 ? 10 : 7)),
  // Many on one day, as in a live feed.
  fc.constant('2018-02-13'),
);
const badDate = fc.constantFrom('2018-02-30', '13/02/2018', '', '2018-13');
const text = fc.oneof(
  fc.string(),
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.string({ minLength: 400, maxLength: 2000 }),
);
/** Set in one run out of four: a window or a filter hides events, and most runs should draw them. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, arbitrary);
const junk = fc.oneof(fc.anything(), fc.constant(Number.NaN), text);

const event = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'a-2'), text, junk),
        // Mostly valid, so that most runs draw something.
        title: fc.oneof({ weight: 4, arbitrary: text.filter((t) => t.trim() !== '') }, junk),
        start: fc.oneof({ weight: 4, arbitrary: date }, badDate, junk),
        end: fc.oneof(date, badDate, junk),
        approximate: fc.oneof(fc.boolean(), junk),
        category: fc.oneof(fc.constantFrom('surrender', 'alliance', 'capture'), text, junk),
        confidence: fc.oneof(fc.constantFrom('confirmed', 'reported', 'claimed', 'disputed'), junk),
        places: fc.array(fc.record({ name: text, lat: junk, lon: junk }), { maxLength: 2 }),
        sources: fc.array(fc.record({ publisher: text, quote: text, url: junk }), { maxLength: 2 }),
      },
      { requiredKeys: ['title', 'start'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
  },
);

const dataset = fc.oneof(
  { weight: 5, arbitrary: fc.array(event, { maxLength: 40 }) },
  { weight: 2, arbitrary: fc.record({ title: junk, events: fc.array(event, { maxLength: 40 }) }) },
  { weight: 1, arbitrary: junk },
);

describe('<event-timeline>: property', () => {
  it(
    'random, adversarial datasets never make the element throw, and every valid event draws inside the plot',
    { timeout: 120_000 },
    async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        await fc.assert(
          fc.asyncProperty(
            dataset,
            fc.integer({ min: 120, max: 1400 }),
            fc
              .record({
                start: rarely(fc.oneof(date, text)),
                end: rarely(fc.oneof(date, text)),
                locale: fc.constantFrom('ar', 'fa', 'he', 'ja', 'en-GB', 'en_US', 'xx-invalid-tag', '<b>'),
                categories: rarely(fc.oneof(fc.constantFrom('surrender', 'surrender,alliance'), text)),
                selected: fc.oneof(fc.constant('a'), text),
                heading: text,
              })
              .map(
                (all) =>
                  Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as Record<
                    string,
                    string
                  >,
              ),
            async (input, width, attributes) => {
              const timeline = mountTimeline({ width, attributes });
              timeline.events = input as never;
              if (input === null || input === undefined) {
                // No data given: nothing to draw, and nothing to say.
                await timeline.updateComplete;
                expect(timeline.shadowRoot!.querySelector('[role="option"], .status')).toBeNull();
                unmountAll();
                return;
              }
              const root = await untilDrawn(
                timeline,
                (r) => r.querySelector('[role="option"], .status') !== null,
              );
              const valid = validateDataset(input).events;
              const wanted = timeline.categories;
              const shown = valid.filter(
                (e) => !wanted?.length || wanted.includes(e.category ?? UNCATEGORISED),
              );
              const drawn = markIds(root);
              expect(timeline.validEvents.map((e) => e.id)).toEqual(valid.map((e) => e.id));
              if (attributes.start === undefined && attributes.end === undefined) {
                expect(drawn.sort()).toEqual(shown.map((e) => e.id).sort());
              } else {
                for (const id of drawn) expect(shown.some((e) => e.id === id)).toBe(true);
              }
              const plot = root.querySelector('svg.chart')?.getBoundingClientRect();
              for (const mark of root.querySelectorAll('g.event .mark, g.event text.label')) {
                const box = mark.getBoundingClientRect();
                expect(box.left).toBeGreaterThanOrEqual(plot!.left - 0.5);
                expect(box.right).toBeLessThanOrEqual(plot!.right + 0.5);
              }
              expect(errors).toEqual([]);
              unmountAll();
            },
          ),
          { numRuns: 60 },
        );
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    },
  );
});
