import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { DAY } from '../../src/data/dates';
import { parseWindowEdge } from '../../src/data/window-edges';
import type { EventTimeline } from '../../src/event-timeline';
import type { TimelineRangeChangeDetail } from '../../src/timeline/events';
import '../../src/timeline-marker';
import { mountTimeline, unmountAll, untilDrawn } from './mount';
import { overlaps, textBoxes } from './overlap';

afterEach(unmountAll);

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const length = (t: EventTimeline) => t.visibleWindow!.end.getTime() - t.visibleWindow!.start.getTime();
const nextRangeChange = (t: EventTimeline) =>
  new Promise<TimelineRangeChangeDetail>((resolve) =>
    t.addEventListener('timeline-range-change', (e) => resolve(e.detail), { once: true }),
  );
/** Waits until the view has stopped moving (the debounced range-change has fired). */
const settled = async (t: EventTimeline) => {
  await nextRangeChange(t);
  await t.updateComplete;
};
/** The window the `start` and `end` attributes name. */
const attributeWindow = (t: EventTimeline) => [
  parseWindowEdge(t.getAttribute('start'), 'start'),
  parseWindowEdge(t.getAttribute('end'), 'end'),
];

describe('zoom and pan', () => {
  it('wheel zoom changes start and end, and fires timeline-range-change', async () => {
    // The test page is 414 px wide: the wheel goes where the pointer can reach.
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const root = await untilDrawn(timeline);
    const before = length(timeline);
    expect(timeline.hasAttribute('start')).toBe(false);
    const changes: TimelineRangeChangeDetail[] = [];
    timeline.addEventListener('timeline-range-change', (e) => changes.push(e.detail));
    await userEvent.wheel(root.querySelector('.plot')!, { delta: { y: -300 }, times: 3 });
    expect(length(timeline)).toBeLessThan(before / 2);
    // Once the wheel rests, the last event names the window shown.
    await expect.poll(() => changes.at(-1)?.start.getTime()).toBe(timeline.visibleWindow!.start.getTime());
    const detail = changes.at(-1)!;
    expect(detail.end.getTime()).toBe(timeline.visibleWindow!.end.getTime());
    // The attributes name the same window, to the day.
    const [start, end] = attributeWindow(timeline);
    expect(Math.abs(start! - detail.start.getTime())).toBeLessThanOrEqual(DAY / 2);
    expect(Math.abs(end! - detail.end.getTime())).toBeLessThanOrEqual(DAY / 2);
  });

  it('dragging the plot pans: the window keeps its length and moves earlier', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: { start: '2017-06-01', end: '2017-09-30' },
    });
    const root = await untilDrawn(timeline);
    const before = timeline.visibleWindow!;
    const plot = root.querySelector<HTMLElement>('.plot')!;
    const y = 10; // on the axis, clear of the events
    await userEvent.dragAndDrop(plot, plot, {
      sourcePosition: { x: 300, y },
      targetPosition: { x: 700, y },
    });
    await timeline.updateComplete;
    const after = timeline.visibleWindow!;
    expect(after.start.getTime()).toBeLessThan(before.start.getTime() - 20 * DAY);
    expect(after.end.getTime() - after.start.getTime()).toBeCloseTo(
      before.end.getTime() - before.start.getTime(),
      -3,
    );
    expect(timeline.getAttribute('start')! < '2017-06-01').toBe(true);
  });

  it('+ zooms in, - zooms out, 0 shows everything, and Shift+arrows pan', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await untilDrawn(timeline);
    const all = length(timeline);
    root.querySelector<HTMLElement>('[role="option"][tabindex="0"]')!.focus();
    expect(root.activeElement?.getAttribute('role')).toBe('option');
    // Each move animates: wait for where it ends.
    const lengthIs = (expected: number) =>
      expect.poll(() => length(timeline) / DAY).toBeCloseTo(expected / DAY, 3);

    await userEvent.keyboard('+');
    await lengthIs(all / 2);
    const start = timeline.visibleWindow!.start.getTime();
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await expect
      .poll(() => timeline.visibleWindow!.start.getTime() / DAY)
      .toBeCloseTo((start + 0.1 * all) / DAY, 3);
    await userEvent.keyboard('-');
    await lengthIs(all);
    await userEvent.keyboard('++');
    await lengthIs(all / 4);
    await userEvent.keyboard('0');
    await lengthIs(all);
  });

  it('zoomTo keeps to min-zoom and max-zoom, and panning stops past the data', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: { 'min-zoom': '2w', 'max-zoom': '6m' },
    });
    await untilDrawn(timeline);
    // Without start/end the first view is the whole story; the first move brings it within max-zoom.
    await timeline.zoomTo('2018-02-12', '2018-02-13', { animate: false });
    expect(length(timeline)).toBe(14 * DAY);
    await timeline.zoomTo('2010', '2020', { animate: false });
    expect(length(timeline) / DAY).toBeCloseTo(365.2425 / 2, 1);
    await timeline.zoomTo('2030-01-01', '2030-02-01', { animate: false });
    const end = timeline.visibleWindow!.end.getTime();
    expect(end).toBeGreaterThan(day('2018-02-14'));
    expect(end).toBeLessThan(day('2018-05-01'));
  });

  it('setting start and end moves the view there', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    await untilDrawn(timeline);
    timeline.setAttribute('start', '2018-01-01');
    timeline.setAttribute('end', '2018-01-31');
    await timeline.updateComplete;
    expect(timeline.visibleWindow).toEqual({
      start: new Date(day('2018-01-01')),
      end: new Date(day('2018-02-01')),
    });
    // The component does not rewrite what the page wrote.
    expect(timeline.getAttribute('start')).toBe('2018-01-01');
  });

  it('zoom-controls shows named buttons that zoom and pan', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { 'zoom-controls': '' } });
    const root = await untilDrawn(timeline);
    const button = (name: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
    for (const name of ['Zoom in', 'Zoom out', 'Show all events', 'Earlier', 'Later']) {
      expect(button(name)).not.toBeNull();
    }
    expect(button('Zoom out').getAttribute('aria-disabled')).toBe('true');
    const all = length(timeline);
    await userEvent.click(button('Zoom in'));
    await expect.poll(() => length(timeline) / DAY).toBeCloseTo(all / 2 / DAY, 3);
    expect(button('Zoom out').getAttribute('aria-disabled')).toBe('false');
    const start = timeline.visibleWindow!.start.getTime();
    await userEvent.click(button('Earlier'));
    await expect.poll(() => timeline.visibleWindow!.start.getTime()).toBeLessThan(start - 0.05 * all);
  });

  it('with reduced motion the zoom jumps straight to its new window', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    try {
      const timeline = mountTimeline({ events: idlib2018Input });
      const root = await untilDrawn(timeline);
      const all = length(timeline);
      const windows: number[] = [];
      const record = () => windows.push(length(timeline));
      new MutationObserver(record).observe(timeline, { attributeFilter: ['start', 'end'] });
      root.querySelector<HTMLElement>('[role="option"][tabindex="0"]')!.focus();
      expect(root.activeElement).not.toBeNull();
      const change = settled(timeline);
      await userEvent.keyboard('+');
      await change;
      expect(windows.length).toBeGreaterThan(0);
      // Every write is the final window: nothing in between.
      expect(new Set(windows.map((w) => Math.round(w / 60_000))).size).toBe(1);
      expect(length(timeline)).toBeCloseTo(all / 2, -3);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('step by step, as a wheel zooms, each label stays at its own mark and each option covers it', async () => {
    for (const locale of ['en', 'ar']) {
      const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale } });
      const root = await untilDrawn(timeline);
      let { start, end } = timeline.visibleWindow!;
      for (let step = 0; step < 10; step++) {
        // 20% in towards the middle, as a notch of the wheel does.
        const middle = (start.getTime() + end.getTime()) / 2;
        const half = ((end.getTime() - start.getTime()) * 0.8) / 2;
        await timeline.zoomTo(middle - half, middle + half, { animate: false });
        ({ start, end } = timeline.visibleWindow!);
        const drawn = [...root.querySelectorAll<SVGGElement>('g.event')];
        expect(drawn.length, `${locale}, step ${step}`).toBeGreaterThan(0);
        for (const g of drawn) {
          const where = `${g.dataset.id} (${locale}, step ${step})`;
          const mark = g.querySelector('.mark')!.getBoundingClientRect();
          const option = root
            .querySelector(`[role="option"][data-id="${CSS.escape(g.dataset.id!)}"]`)!
            .getBoundingClientRect();
          // What the pointer and the keyboard reach is where the mark is drawn.
          expect(option.left, where).toBeLessThanOrEqual(mark.left + 0.5);
          expect(option.right, where).toBeGreaterThanOrEqual(mark.right - 0.5);
          expect(option.top, where).toBeLessThanOrEqual(mark.top + 0.5);
          expect(option.bottom, where).toBeGreaterThanOrEqual(mark.bottom - 0.5);
          const label = g.querySelector('text.label')?.getBoundingClientRect();
          if (!label) continue;
          // Just above its mark (an Arabic descender may dip a little lower), and beside it:
          // pulled in at the plot's ends, never moved away.
          expect(label.top, where).toBeLessThan(mark.top);
          expect(label.bottom, where).toBeLessThanOrEqual(mark.top + 4);
          expect(label.bottom, where).toBeGreaterThan(mark.top - 24);
          expect(label.left, where).toBeLessThanOrEqual(mark.right + 1);
          expect(label.right, where).toBeGreaterThanOrEqual(mark.left - 1);
        }
      }
      unmountAll();
    }
  });

  it('zooming from 5 years to 1 day never produces overlapping labels', async () => {
    for (const width of [1000, 480]) {
      const timeline = mountTimeline({
        events: idlib2018Input,
        width,
        attributes: { 'min-zoom': '1d', 'max-zoom': '5y' },
      });
      // Reference markers share the plot: their labels must stay clear too.
      for (const [date, label] of [
        ['2018-02-13', 'Article published'],
        ['2018-01-30', 'Pocket ends'],
      ]) {
        const marker = document.createElement('timeline-marker');
        marker.setAttribute('date', date!);
        marker.setAttribute('label', label!);
        timeline.append(marker);
      }
      const root = await untilDrawn(timeline);
      const centre = day('2018-02-13') + DAY / 2;
      let span = 5 * 365 * DAY;
      const units = new Set<string>();
      const labelled = (id: string) => root.querySelector(`g.event[data-id="${id}"] text.label`) !== null;
      const drawn = () => [...root.querySelectorAll<SVGGElement>('g.event')].map((g) => g.dataset.id!);
      const hoverOnlyAtFirst = new Set<string>();
      const labelledLater = new Set<string>();
      while (span >= DAY) {
        await timeline.zoomTo(centre - span / 2, centre + span / 2, { animate: false });
        await timeline.updateComplete;
        const labels = textBoxes(root, 'text.label');
        const ticks = textBoxes(root, '.tick text');
        units.add(ticks.map((t) => t.text).join('|'));
        const where = `${width}px, ${Math.round(span / DAY)} days`;
        expect(overlaps(labels), `event labels at ${where}`).toEqual([]);
        expect(overlaps(ticks), `tick labels at ${where}`).toEqual([]);
        const markers = textBoxes(root, '.marker-label');
        expect(overlaps([...labels, ...ticks, ...markers]), `labels, ticks and markers at ${where}`).toEqual(
          [],
        );
        expect(ticks.length, `ticks at ${where}`).toBeGreaterThan(1);
        if (span === 5 * 365 * DAY)
          drawn()
            .filter((id) => !labelled(id))
            .forEach((id) => hoverOnlyAtFirst.add(id));
        else
          drawn()
            .filter((id) => hoverOnlyAtFirst.has(id) && labelled(id))
            .forEach((id) => labelledLater.add(id));
        span /= 2;
      }
      // The ticks went from years down to hours on the way.
      const all = [...units].join('|');
      expect(all).toMatch(/\b2016\b/);
      expect(all).toMatch(/\d{1,2}:\d{2}/);
      // Events shown only on hover when zoomed out get their labels back as room opens up.
      expect(hoverOnlyAtFirst.size).toBeGreaterThan(0);
      expect(labelledLater.size).toBeGreaterThan(hoverOnlyAtFirst.size / 2);
      unmountAll();
    }
  });
});
