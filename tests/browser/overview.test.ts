import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { DAY } from '../../src/data/dates';
import type { EventTimeline } from '../../src/event-timeline';
import { mountTimeline, unmountAll, untilDrawn } from './mount';
import { mountCompanion, until } from './linked';

afterEach(unmountAll);

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const windowOf = (t: EventTimeline) =>
  [t.visibleWindow!.start.getTime(), t.visibleWindow!.end.getTime()] as const;
const brushBox = (root: ShadowRoot) => {
  const selection = root.querySelector<SVGRectElement>('.brush .selection')!;
  return { x: Number(selection.getAttribute('x')), width: Number(selection.getAttribute('width')) };
};

async function mountBoth() {
  const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
  const overview = mountCompanion('timeline-overview', timeline);
  await untilDrawn(timeline);
  const root = await until(
    overview,
    (r) => Number(r.querySelector('.brush .selection')?.getAttribute('width')) > 0,
  );
  const full = timeline.fullWindow!;
  const domain = [full.start.getTime(), full.end.getTime()] as const;
  const width = overview.getBoundingClientRect().width;
  /** Where an instant sits on the strip, in px. */
  const x = (time: number) => ((time - domain[0]) / (domain[1] - domain[0])) * width;
  return { timeline, overview, root, domain, width, x };
}

describe('<timeline-overview>', () => {
  it('draws a histogram of the whole story under a brush over the visible window', async () => {
    const { root, width } = await mountBoth();
    expect(root.querySelectorAll('.bars rect').length).toBeGreaterThan(10);
    // The timeline shows everything at first, so the brush covers the strip.
    expect(brushBox(root).x).toBeCloseTo(0, 0);
    expect(brushBox(root).width).toBeCloseTo(width, 0);
    expect(root.querySelector('.axis')!.textContent).toMatch(/2018/);
  });

  it('zooming the timeline moves the brush, and dragging the brush moves the timeline', async () => {
    const { timeline, overview, root, x, domain, width } = await mountBoth();
    await timeline.zoomTo('2017-06-01', '2017-08-31', { animate: false });
    const [start, end] = windowOf(timeline);
    await until(overview, (r) => Math.abs(brushBox(r).x - x(start)) < 1);
    expect(brushBox(root).width).toBeCloseTo(x(end) - x(start), 0);

    const selection = root.querySelector<SVGRectElement>('.brush .selection')!;
    const middle = brushBox(root).width / 2;
    await userEvent.dragAndDrop(selection, selection, {
      sourcePosition: { x: middle, y: 20 },
      targetPosition: { x: middle + 80, y: 20 },
    });
    const [movedStart, movedEnd] = windowOf(timeline);
    const expectedShift = (80 / width) * (domain[1] - domain[0]);
    expect((movedStart - start) / DAY).toBeCloseTo(expectedShift / DAY, -1);
    expect((movedEnd - movedStart) / DAY).toBeCloseTo((end - start) / DAY, 3);
    // And back: the brush sits over the new window.
    await until(overview, (r) => Math.abs(brushBox(r).x - x(movedStart)) < 1);
  });

  it('resizing the brush by its edge zooms the timeline', async () => {
    const { timeline, overview, root, x } = await mountBoth();
    await timeline.zoomTo('2017-06-01', '2017-12-31', { animate: false });
    await until(overview, (r) => Math.abs(brushBox(r).x - x(windowOf(timeline)[0])) < 1);
    const [, end] = windowOf(timeline);
    const handle = root.querySelector<SVGRectElement>('.brush .handle--w')!;
    const box = handle.getBoundingClientRect();
    await userEvent.dragAndDrop(handle, handle, {
      sourcePosition: { x: box.width / 2, y: 10 },
      targetPosition: { x: box.width / 2 + 60, y: 10 },
    });
    const [newStart, newEnd] = windowOf(timeline);
    expect(newStart).toBeGreaterThan(day('2017-07-15'));
    expect(Math.abs(newEnd - end)).toBeLessThan(DAY);
  });

  it('is a slider for the keyboard: arrows move the period, + and - resize it', async () => {
    const { timeline, root } = await mountBoth();
    await timeline.zoomTo('2017-06-01', '2017-08-31', { animate: false });
    const slider = root.querySelector<HTMLElement>('[role="slider"]')!;
    expect(slider.getAttribute('aria-label')).toBe('Period shown on the timeline');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('June 1, 2017 to August 31, 2017');
    slider.focus();
    const [start, end] = windowOf(timeline);
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => windowOf(timeline)[0]).toBeCloseTo(start + 0.1 * (end - start), -4);
    await userEvent.keyboard('+');
    await expect
      .poll(() => (windowOf(timeline)[1] - windowOf(timeline)[0]) / DAY)
      .toBeCloseTo((end - start) / 2 / DAY, 3);
  });
});

describe('<timeline-overview> right to left', () => {
  it('runs the strip right to left, as the timeline does, with the brush over the same period', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400, attributes: { locale: 'ar-SY' } });
    const overview = mountCompanion('timeline-overview', timeline);
    await untilDrawn(timeline);
    await timeline.zoomTo('2017-01-01', '2017-03-31', { animate: false });
    // The start of the story is on the right: a window at its start puts the brush at the right end.
    const root = await until(overview, (r) => brushBox(r).x > 200);
    const box = brushBox(root);
    expect(box.x + box.width).toBeGreaterThan(390);
    const first = root.querySelector('.axis text')!.getBoundingClientRect();
    const last = [...root.querySelectorAll('.axis text')].at(-1)!.getBoundingClientRect();
    expect(first.left).toBeGreaterThan(last.left);
  });
});
