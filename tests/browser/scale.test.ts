import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { syntheticEvents } from '../../src/data/synthetic';
import { DENSE_THRESHOLD } from '../../src/timeline/dense-threshold';
import { mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

const countNodes = (node: Element): number =>
  1 +
  [...node.children].reduce((n, c) => n + countNodes(c), 0) +
  [...(node.shadowRoot?.children ?? [])].reduce((n, c) => n + countNodes(c), 0);

describe('<event-timeline> with 100,000 events', () => {
  const events = syntheticEvents(100_000, 5);

  it(
    'draws a density band with a DOM bounded by what is visible, not by the data',
    { timeout: 60_000 },
    async () => {
      const timeline = mountTimeline({ events, width: 1200 });
      const root = await untilDrawn(timeline, (r) => r.querySelector('canvas.density') !== null, 30_000);
      expect(countNodes(timeline)).toBeLessThan(3000);
      expect(root.querySelector('.status')?.textContent).toMatch(/100,000 events in view/);
      expect(root.querySelectorAll('[role="option"]')).toHaveLength(1);
      // The key counts every event, per category.
      const counts = [...root.querySelectorAll('.key .count')].map((c) =>
        Number(c.textContent?.replace(/\D/g, '')),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(100_000);
    },
  );

  it('selects an event by keyboard, and zooming in changes what is drawn', { timeout: 60_000 }, async () => {
    const timeline = mountTimeline({ events, width: 1200 });
    const root = await untilDrawn(timeline, (r) => r.querySelector('canvas.density') !== null, 30_000);
    // Past the toolbar (table view, keyboard help) to the one focusable event.
    await userEvent.tab();
    while (root.activeElement?.getAttribute('role') !== 'option') await userEvent.tab();
    const first = (root.activeElement as HTMLElement).dataset.id;
    await userEvent.keyboard('{ArrowRight}');
    const second = (root.activeElement as HTMLElement).dataset.id;
    expect(second).not.toBe(first);
    const selected = new Promise<string | undefined>((resolve) =>
      timeline.addEventListener('timeline-select', (e) => resolve(e.detail.event?.id), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    expect(await selected).toBe(second);

    // Zooming in to one day counts fewer events in view.
    const inView = () =>
      Number(
        /([\d,]+) events in view/
          .exec(root.querySelector('.status')?.textContent ?? '')?.[1]
          ?.replace(/,/g, ''),
      );
    expect(inView()).toBe(100_000);
    timeline.setAttribute('start', '2017-06-01');
    timeline.setAttribute('end', '2017-06-01');
    await untilDrawn(timeline, () => inView() < 100_000, 20_000);
    expect(inView()).toBeGreaterThan(DENSE_THRESHOLD);

    // With one category, that day holds few enough for each event to get its own mark again.
    timeline.setAttribute('categories', 'surrender');
    await untilDrawn(
      timeline,
      (r) => r.querySelector('canvas.density') === null && r.querySelector('g.event') !== null,
      20_000,
    );
    const marks = root.querySelectorAll('g.event').length;
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(DENSE_THRESHOLD);
  });

  it(
    'as marks, among 100,000 events over twenty years: the arrow keys, Enter and End move and select without a pass over every event for each',
    { timeout: 60_000 },
    async () => {
      const spread = syntheticEvents(100_000, 5, '1998-01-01', '2018-02-13');
      const timeline = mountTimeline({
        events: spread,
        width: 1200,
        attributes: { start: '2008-07-01', end: '2008-07-10' },
      });
      const root = await untilDrawn(timeline, (r) => r.querySelector('g.event') !== null, 30_000);
      // Counted: working out the Tab stop once for every event took 400-800 ms a key here.
      const proto = Object.getPrototypeOf(timeline) as { _eventOrder: (...args: unknown[]) => unknown };
      const eventOrder = proto._eventOrder;
      let orders = 0;
      proto._eventOrder = function (this: unknown, ...args: unknown[]) {
        orders++;
        return eventOrder.apply(this, args);
      };
      try {
        await userEvent.tab();
        while (root.activeElement?.getAttribute('role') !== 'option') await userEvent.tab();
        const order = timeline.validEvents.map((e) => e.id);
        const first = (root.activeElement as HTMLElement).dataset.id!;
        orders = 0;
        await userEvent.keyboard('{ArrowRight}');
        await timeline.updateComplete;
        expect(orders).toBeLessThan(20);
        const second = (root.activeElement as HTMLElement).dataset.id!;
        expect(order.indexOf(second)).toBe(order.indexOf(first) + 1);
        const selected = new Promise<string | undefined>((resolve) =>
          timeline.addEventListener('timeline-select', (e) => resolve(e.detail.event?.id), { once: true }),
        );
        await userEvent.keyboard('{Enter}');
        expect(await selected).toBe(second);
        // End goes to the last of all 100,000, ten years on: the window follows it.
        orders = 0;
        await userEvent.keyboard('{End}');
        await untilDrawn(
          timeline,
          (r) => (r.activeElement as HTMLElement | null)?.dataset.id === order.at(-1),
          20_000,
        );
        expect(orders).toBeLessThan(40);
      } finally {
        proto._eventOrder = eventOrder;
      }
    },
  );
});
