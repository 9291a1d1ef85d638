import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018, idlib2018Input } from '../../src/data/idlib-2018';
import '../../src/timeline-marker';
import { markIds, mountTimeline, unmountAll, untilDrawn } from './mount';
import { overlaps, textBoxes } from './overlap';

afterEach(unmountAll);

const isVertical = (root: ShadowRoot) => root.querySelector('.plot.vertical') !== null;

describe('orientation', () => {
  it('vertical layout at 360 px has no overlapping labels, and none run off the timeline', async () => {
    for (const locale of ['en-GB', 'ar-SY']) {
      const timeline = mountTimeline({
        events: idlib2018Input,
        width: 360,
        attributes: { orientation: 'vertical', locale },
      });
      const marker = document.createElement('timeline-marker');
      marker.setAttribute('date', '2018-02-13');
      marker.setAttribute('label', 'Article published');
      timeline.append(marker);
      const root = await untilDrawn(
        timeline,
        (r) => isVertical(r) && r.querySelector('.marker-label') !== null,
      );
      const labels = textBoxes(root, 'text.label');
      const ticks = textBoxes(root, '.tick text');
      const markers = textBoxes(root, '.marker-label');
      expect(labels.length).toBeGreaterThan(idlib2018.events.length / 2);
      expect(overlaps([...labels, ...ticks, ...markers]), locale).toEqual([]);
      const box = timeline.getBoundingClientRect();
      for (const b of [...labels, ...ticks, ...markers]) {
        expect(b.left, `${b.text} (${locale})`).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(b.right, `${b.text} (${locale})`).toBeLessThanOrEqual(box.right + 0.5);
      }
      unmountAll();
    }
  });

  it('vertical runs time down the page: later events lower', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      width: 360,
      attributes: { orientation: 'vertical' },
    });
    const root = await untilDrawn(timeline, isVertical);
    const tops = markIds(root).map((id) => ({
      start: idlib2018.events.find((e) => e.id === id)!.span.start,
      top: root.querySelector(`g.event[data-id="${id}"] .mark`)!.getBoundingClientRect().top,
    }));
    const sorted = [...tops].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.top).toBeGreaterThanOrEqual(sorted[i - 1]!.top - 8);
    expect(sorted.at(-1)!.top - sorted[0]!.top).toBeGreaterThan(400);
  });

  it('auto is vertical below 600 px and horizontal above', async () => {
    const narrow = mountTimeline({ events: idlib2018Input, width: 375, attributes: { orientation: 'auto' } });
    const wide = mountTimeline({ events: idlib2018Input, width: 800, attributes: { orientation: 'auto' } });
    expect(isVertical(await untilDrawn(narrow))).toBe(true);
    expect(isVertical(await untilDrawn(wide))).toBe(false);
    // Widening the narrow one turns it.
    narrow.parentElement!.style.width = '700px';
    await untilDrawn(narrow, (r) => !isVertical(r));
  });

  it('in vertical, Down and Up move between events, and + zooms in so more labels fit', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      width: 360,
      attributes: { orientation: 'vertical' },
    });
    const root = await untilDrawn(timeline, isVertical);
    expect(root.querySelector('[role="listbox"]')!.getAttribute('aria-orientation')).toBe('vertical');
    root.querySelector<HTMLElement>('[role="option"][tabindex="0"]')!.focus();
    const first = (root.activeElement as HTMLElement).dataset.id;
    await userEvent.keyboard('{ArrowDown}');
    expect((root.activeElement as HTMLElement).dataset.id).toBe(idlib2018.events[1]!.id);
    await userEvent.keyboard('{ArrowUp}');
    expect((root.activeElement as HTMLElement).dataset.id).toBe(first);

    const labelled = () =>
      new Set(
        [...root.querySelectorAll<SVGGElement>('g.event')]
          .filter((g) => g.querySelector('text.label'))
          .map((g) => g.dataset.id),
      );
    const before = labelled();
    await timeline.zoomTo('2018-01-15', '2018-02-13', { animate: false });
    await timeline.updateComplete;
    const inView = markIds(root);
    const after = labelled();
    // Zoomed in, events that were only on hover get their labels back.
    expect(inView.filter((id) => after.has(id)).length).toBeGreaterThan(
      inView.filter((id) => before.has(id)).length,
    );
    expect(after.size).toBeGreaterThan(inView.length * 0.8);
    expect(overlaps(textBoxes(root, 'text.label, .tick text'))).toEqual([]);
  });
});
