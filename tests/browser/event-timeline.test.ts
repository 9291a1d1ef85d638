import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { validateDataset } from '../../src/data/validate';
import { parsePartialDate } from '../../src/data/dates';
import type { TimelineSelectDetail } from '../../src/timeline/events';
import { markIds, mountTimeline, options, unmountAll, untilDrawn } from './mount';

const all = validateDataset(idlib2018Input).events;

afterEach(unmountAll);

describe('<event-timeline>', () => {
  it('draws one mark and one option per event of the dataset', async () => {
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input }));
    expect(markIds(root).sort()).toEqual(all.map((e) => e.id).sort());
    expect(options(root)).toHaveLength(all.length);
  });

  it('start and end draw exactly the events that overlap the window', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: { start: '2018-02-01', end: '2018-02-13' },
    });
    const root = await untilDrawn(timeline);
    const from = parsePartialDate('2018-02-01')!.start;
    const to = parsePartialDate('2018-02-13')!.end;
    const expected = all.filter((e) => e.span.end > from && e.span.start < to).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(all.length);
    expect(markIds(root).sort()).toEqual(expected.sort());

    timeline.setAttribute('start', '2017-01-01');
    timeline.setAttribute('end', '2017-06-30');
    await untilDrawn(timeline, (r) => markIds(r).length !== expected.length);
    expect(
      markIds(root).every(
        (id) => all.find((e) => e.id === id)!.span.start < parsePartialDate('2017-07')!.start,
      ),
    ).toBe(true);
  });

  it('categories filters the marks to the listed categories', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { categories: 'surrender' } });
    const root = await untilDrawn(timeline);
    const surrenders = all.filter((e) => e.category === 'surrender').map((e) => e.id);
    expect(surrenders.length).toBeGreaterThan(0);
    expect(markIds(root).sort()).toEqual(surrenders.sort());
  });

  it('locale formats the axis with Intl (Arabic month names, Arabic-Indic digits for ar-SY)', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale: 'ar-SY' } });
    const root = await untilDrawn(timeline);
    const ticks = [...root.querySelectorAll('.tick text')].map((t) => t.textContent ?? '');
    // CLDR 42+ gives plain `ar` Latin digits; the Syrian locale keeps Arabic-Indic ones.
    expect(ticks.join(' ')).toMatch(/[٠-٩]/);
    expect(ticks.join(' ')).toMatch(/[\u0600-\u06FF]{3,}/);
    timeline.setAttribute('locale', 'en-GB');
    await untilDrawn(timeline, (r) => /2018/.test(r.querySelector('.axis')?.textContent ?? ''));
  });

  it('selected marks the event as selected and reflects', async () => {
    const last = all.at(-1)!;
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { selected: last.id } });
    const root = await untilDrawn(timeline);
    const chosen = options(root).filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(chosen.map((o) => o.dataset.id)).toEqual([last.id]);
    expect(root.querySelector(`g.event.selected[data-id="${last.id}"]`)).not.toBeNull();
  });

  it('heading names the listbox of events', async () => {
    const root = await untilDrawn(
      mountTimeline({ events: idlib2018Input, attributes: { heading: 'Eastern Idlib' } }),
    );
    const listbox = root.querySelector('[role="listbox"]')!;
    const labelledBy = listbox.getAttribute('aria-labelledby')!;
    expect(root.getElementById(labelledBy)?.textContent).toBe('Eastern Idlib');
    expect(listbox.hasAttribute('aria-label')).toBe(false);
  });

  it('clicking an event fires timeline-select with the event in detail', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await untilDrawn(timeline);
    const details: TimelineSelectDetail[] = [];
    document.addEventListener('timeline-select', (e) => details.push(e.detail), { once: true });
    const target = options(root)[3]!;
    await userEvent.click(target);
    expect(details).toHaveLength(1);
    expect(details[0]!.event?.id).toBe(target.dataset.id);
    expect(details[0]!.event?.title).toBe(all.find((e) => e.id === target.dataset.id)!.title);
    expect(timeline.getAttribute('selected')).toBe(target.dataset.id);
  });

  it('Tab reaches the timeline once and arrow keys move focus in time order', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await untilDrawn(timeline);
    expect(options(root).filter((o) => o.tabIndex === 0)).toHaveLength(1);
    // The toolbar's two buttons come first, then the events as one stop.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    const focused = () => (root.activeElement as HTMLElement | null)?.dataset.id;
    const order = markIds(root);
    expect(focused()).toBe(order[0]);
    for (let i = 1; i < 5; i++) {
      await userEvent.keyboard('{ArrowRight}');
      expect(focused()).toBe(order[i]);
    }
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe(order[3]);
    await userEvent.keyboard('{End}');
    expect(focused()).toBe(order.at(-1));
    // Time order means by start date.
    const starts = order.map((id) => all.find((e) => e.id === id)!.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const selected = new Promise<TimelineSelectDetail>((resolve) =>
      timeline.addEventListener('timeline-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    expect((await selected).event?.id).toBe(order.at(-1));
  });

  it('a bad src shows an alert and fires timeline-error', async () => {
    const errors: string[] = [];
    document.addEventListener('timeline-error', (e) => errors.push(e.detail.message), { once: true });
    const timeline = mountTimeline({ attributes: { src: '/no-such-dataset.json' } });
    const root = await untilDrawn(timeline, (r) => r.querySelector('[role="alert"]') !== null);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/could not be loaded.*404/s);
    expect(errors).toHaveLength(1);
  });

  it('labels never overlap one another or the axis', async () => {
    for (const width of [360, 700, 1280]) {
      const root = await untilDrawn(mountTimeline({ events: idlib2018Input, width }));
      const axis = root.querySelector('.axis-line')!.getBoundingClientRect();
      const boxes = [...root.querySelectorAll('text.label')].map((t) => t.getBoundingClientRect());
      expect(boxes.length).toBeGreaterThan(3);
      for (const [i, a] of boxes.entries()) {
        expect(a.top).toBeGreaterThanOrEqual(axis.bottom);
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `labels overlap at ${width}px`).toBe(false);
        }
      }
      unmountAll();
    }
  });

  it('shows problems for invalid events and still draws the valid ones', async () => {
    const timeline = mountTimeline({
      events: [
        ...idlib2018Input.events.slice(0, 3),
        { id: 'bad', title: 'Bad', start: '2018-02-30' },
        { id: 'untitled', start: '2018-01-01' } as never,
      ],
    });
    const root = await untilDrawn(timeline);
    expect(options(root)).toHaveLength(3);
    expect(timeline.problems.map((p) => [p.index, p.field])).toEqual(
      expect.arrayContaining([
        [3, 'start'],
        [4, 'title'],
      ]),
    );
    expect(root.querySelector('.notice.problems')?.textContent).toMatch(/2 problems/);
  });
});
