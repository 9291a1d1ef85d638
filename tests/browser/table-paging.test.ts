// The events table pages through large data: one page of rows in the DOM, the count of all in words.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { syntheticEvents } from '../../src/data/synthetic';
import { validateDataset } from '../../src/data/validate';
import { mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

const rowIds = (root: ShadowRoot) =>
  [...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-id'));
const pagerText = (root: ShadowRoot) => root.querySelector('.pager .rows')?.textContent?.trim();
const button = (root: ShadowRoot, name: RegExp) =>
  [...root.querySelectorAll<HTMLButtonElement>('.pager button')].find((b) => name.test(b.textContent ?? ''))!;

describe('a table of many events', () => {
  const events = syntheticEvents(20_000, 8);
  const sorted = validateDataset(events).events;

  it(
    'shows 100 rows at a time, says which of all of them, and pages with Previous and Next',
    { timeout: 60_000 },
    async () => {
      const timeline = mountTimeline({ events, attributes: { view: 'table', locale: 'en-GB' } });
      const root = await untilDrawn(timeline, (r) => r.querySelector('tbody tr') !== null, 30_000);
      expect(rowIds(root)).toEqual(sorted.slice(0, 100).map((e) => e.id));
      expect(pagerText(root)).toBe('Rows 1–100 of 20,000');
      // The table is on screen, and the chart is not.
      expect(root.querySelector('canvas.density')).toBeNull();
      expect(root.querySelector('table')!.getAttribute('aria-describedby')).toBe('table-rows');
      expect(button(root, /Previous/).disabled).toBe(true);

      await userEvent.click(button(root, /Next/));
      await timeline.updateComplete;
      expect(pagerText(root)).toBe('Rows 101–200 of 20,000');
      expect(rowIds(root)).toEqual(sorted.slice(100, 200).map((e) => e.id));
      // The live region says where the reader is now.
      expect(root.querySelector('[aria-live="polite"]')?.textContent?.trim()).toBe('Rows 101–200 of 20,000');

      await userEvent.click(button(root, /Previous/));
      await timeline.updateComplete;
      expect(rowIds(root)).toEqual(sorted.slice(0, 100).map((e) => e.id));

      // Newest first pages from the other end.
      await userEvent.click(root.querySelector<HTMLButtonElement>('th[aria-sort] button')!);
      await timeline.updateComplete;
      expect(rowIds(root)).toEqual(
        sorted
          .slice(-100)
          .reverse()
          .map((e) => e.id),
      );
    },
  );

  it(
    'in chart view the density band keeps the table for screen readers, one page of it',
    { timeout: 60_000 },
    async () => {
      const timeline = mountTimeline({ events, attributes: { locale: 'en-GB' } });
      // The hidden table is built just after the chart has painted.
      const root = await untilDrawn(
        timeline,
        (r) => r.querySelector('canvas.density') !== null && r.querySelector('tbody tr') !== null,
        30_000,
      );
      expect(root.querySelectorAll('tbody tr')).toHaveLength(100);
      expect(pagerText(root)).toBe('Rows 1–100 of 20,000');
      // Not drawn, and its buttons are out of the Tab order, like the sort button.
      const table = root.querySelector('[part="table"]')!;
      expect(table.classList.contains('visually-hidden')).toBe(true);
      for (const b of table.querySelectorAll('button')) expect(b.tabIndex).toBe(-1);
      // The status still counts every event.
      expect(root.querySelector('.status')?.textContent).toMatch(/20,000 events in view/);
    },
  );

  it('a short table has no pager', async () => {
    const timeline = mountTimeline({ events: syntheticEvents(40, 2), attributes: { view: 'table' } });
    const root = await untilDrawn(timeline, (r) => r.querySelector('tbody tr') !== null);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(40);
    expect(root.querySelector('.pager')).toBeNull();
  });
});

describe('the hidden table follows the chart', () => {
  it("zoomed before its first build, it is built once the page rests, with the last window's events", async () => {
    const timeline = mountTimeline({
      events: syntheticEvents(200, 3),
      attributes: { start: '2017-01-01', end: '2017-12-31' },
    });
    const root = await untilDrawn(timeline, (r) => r.querySelector('g.event') !== null);
    // Three windows in a row, each drawn, before the page has had a pause to build the table in.
    for (const month of ['06', '04', '03']) {
      timeline.setAttribute('start', `2017-${month}-01`);
      timeline.setAttribute('end', `2017-${month}-28`);
      await timeline.updateComplete;
    }
    const drawn = () => [...root.querySelectorAll<SVGGElement>('g.event')].map((g) => g.dataset.id).sort();
    await expect.poll(() => rowIds(root).sort().join(), { timeout: 3000 }).toBe(drawn().join());
    expect(drawn().length).toBeGreaterThan(0);
  });

  it('after zooming it holds the events drawn in the new window', async () => {
    const timeline = mountTimeline({
      events: syntheticEvents(200, 3),
      attributes: { start: '2017-01-01', end: '2017-12-31' },
    });
    const root = await untilDrawn(
      timeline,
      (r) => r.querySelector('g.event') !== null && r.querySelector('tbody tr') !== null,
    );
    timeline.setAttribute('start', '2017-03-01');
    timeline.setAttribute('end', '2017-03-31');
    const drawn = () => [...root.querySelectorAll<SVGGElement>('g.event')].map((g) => g.dataset.id).sort();
    await untilDrawn(timeline, () => drawn().length < 200);
    // Once the window rests, the rows are the events drawn in it.
    await expect.poll(() => rowIds(root).sort().join(), { timeout: 3000 }).toBe(drawn().join());
    expect(drawn().length).toBeGreaterThan(0);
  });
});
