// The keyboard model, key by key, left to right and right to left.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { validateDataset } from '../../src/data/validate';
import { parsePartialDate } from '../../src/data/dates';
import type { EventTimeline } from '../../src/event-timeline';
import { markIds, mountTimeline, options, unmountAll, untilDrawn } from './mount';

const all = validateDataset(idlib2018Input).events;
const order = all.map((e) => e.id);

afterEach(unmountAll);

const focusedId = (root: ShadowRoot) => (root.activeElement as HTMLElement | null)?.dataset.id;

/** Presses a key and waits for the focus to settle on the re-rendered option. */
async function press(timeline: EventTimeline, key: string): Promise<void> {
  await userEvent.keyboard(key);
  await timeline.updateComplete;
  await timeline.updateComplete;
}

async function focusFirst(timeline: EventTimeline): Promise<ShadowRoot> {
  const root = await untilDrawn(timeline);
  const first = options(root).find((o) => o.tabIndex === 0)!;
  first.focus();
  return root;
}

describe('keyboard model, left to right', () => {
  it('one Tab stop: Tab from the last toolbar button lands on the first event, the next Tab leaves', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const after = document.createElement('button');
    after.textContent = 'after';
    timeline.parentElement!.append(after);
    const root = await untilDrawn(timeline);
    expect(options(root).filter((o) => o.tabIndex === 0)).toHaveLength(1);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')];
    buttons.at(-1)!.focus();
    await userEvent.tab();
    expect(focusedId(root)).toBe(order[0]);
    await userEvent.tab();
    expect(document.activeElement).toBe(after);
  });

  it('ArrowRight and ArrowDown go to the next event in time, ArrowLeft and ArrowUp to the previous', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await focusFirst(timeline);
    await press(timeline, '{ArrowRight}');
    expect(focusedId(root)).toBe(order[1]);
    await press(timeline, '{ArrowDown}');
    expect(focusedId(root)).toBe(order[2]);
    await press(timeline, '{ArrowLeft}');
    expect(focusedId(root)).toBe(order[1]);
    await press(timeline, '{ArrowUp}');
    expect(focusedId(root)).toBe(order[0]);
    await press(timeline, '{ArrowLeft}');
    expect(focusedId(root)).toBe(order[0]);
    // Still one Tab stop, now on the focused event.
    expect(
      options(root)
        .filter((o) => o.tabIndex === 0)
        .map((o) => o.dataset.id),
    ).toEqual([order[0]]);
  });

  it('Home and End go to the first and last event', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await focusFirst(timeline);
    await press(timeline, '{End}');
    expect(focusedId(root)).toBe(order.at(-1));
    await press(timeline, '{Home}');
    expect(focusedId(root)).toBe(order[0]);
  });

  it('PageDown jumps to the first event a month or more later, PageUp a month or more back', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await focusFirst(timeline);
    // 1 Jan 2017 → first event from 1 Feb: 20 Feb (Tasil); then from 20 Mar: 10 May (Tabqa).
    await press(timeline, '{PageDown}');
    expect(focusedId(root)).toBe('jkw-offensive-yarmouk-basin');
    await press(timeline, '{PageDown}');
    expect(focusedId(root)).toBe('tabqa-captured');
    // 10 May → the last event on or before 10 April: Palmyra, 2 March.
    await press(timeline, '{PageUp}');
    expect(focusedId(root)).toBe('palmyra-recaptured');
  });

  it('Enter and Space select the focused event; Escape clears, and is left to the page when nothing is selected', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await focusFirst(timeline);
    const selections: (string | null)[] = [];
    timeline.addEventListener('timeline-select', (e) => selections.push(e.detail.event?.id ?? null));
    await press(timeline, '{Enter}');
    expect(timeline.getAttribute('selected')).toBe(order[0]);
    await press(timeline, '{ArrowRight}');
    await press(timeline, ' ');
    expect(timeline.getAttribute('selected')).toBe(order[1]);
    expect(root.querySelector(`[role="option"][data-id="${order[1]}"]`)?.getAttribute('aria-selected')).toBe(
      'true',
    );
    await press(timeline, '{Escape}');
    expect(timeline.hasAttribute('selected')).toBe(false);
    expect(selections).toEqual([order[0], order[1], null]);

    let prevented: boolean | undefined;
    document.addEventListener('keydown', (e) => (prevented = e.defaultPrevented), { once: true });
    await press(timeline, '{Escape}');
    expect(prevented).toBe(false);
    expect(selections).toHaveLength(3);
  });

  it('? opens the keyboard help listing every key; Escape closes it and gives the focus back', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await focusFirst(timeline);
    await press(timeline, '{ArrowRight}');
    await press(timeline, '?');
    // The help is a part of its own, fetched after the first draw: it may still be arriving.
    await expect.poll(() => root.querySelector('dialog')?.open).toBe(true);
    const dialog = root.querySelector('dialog')!;
    const text = dialog.textContent ?? '';
    for (const key of [
      '←',
      '→',
      'Home',
      'End',
      'Page Up',
      'Page Down',
      'Enter',
      'Space',
      'Esc',
      '+',
      '-',
      '0',
      'Shift',
      '?',
    ])
      expect(text, key).toContain(key);
    expect(text).toMatch(/Zoom in/);
    await press(timeline, '{Escape}');
    expect(dialog.open).toBe(false);
    expect(focusedId(root)).toBe(order[1]);
    // Escape closed the dialog only: it did not clear anything else or move the focus.
    expect(timeline.hasAttribute('selected')).toBe(false);
  });

  it('the help button opens the same dialog, for readers who do not know about ?', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await untilDrawn(timeline);
    const button = [...root.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Keyboard shortcuts'),
    )!;
    await userEvent.click(button);
    await expect.poll(() => root.querySelector('dialog')?.open).toBe(true);
    await userEvent.keyboard('{Escape}');
  });

  it('an event outside the window is panned into view when the focus reaches it', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: { start: '2018-01-01', end: '2018-02-13' },
    });
    const root = await focusFirst(timeline);
    expect(markIds(root)).not.toContain(order[0]);
    const length = parsePartialDate('2018-02-13')!.end - parsePartialDate('2018-01-01')!.start;
    await press(timeline, '{Home}');
    await untilDrawn(timeline, (r) => focusedId(r) === order[0]);
    const start = parsePartialDate(timeline.getAttribute('start')!)!.start;
    const end = parsePartialDate(timeline.getAttribute('end')!)!.end;
    expect(start).toBeLessThanOrEqual(all[0]!.span.start);
    expect(end - start).toBe(length);
    // The focused event's target is inside the plot, and has the focus ring.
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    const box = root.activeElement!.getBoundingClientRect();
    expect(box.right).toBeGreaterThan(plot.left);
    expect(box.left).toBeLessThan(plot.right);
    expect(getComputedStyle(root.activeElement!).outlineStyle).toBe('solid');
    // And End pans all the way back.
    await press(timeline, '{End}');
    await untilDrawn(timeline, (r) => focusedId(r) === order.at(-1));
  });
});

describe('keyboard model, right to left', () => {
  for (const [how, attributes, wrapperDir] of [
    ['locale="ar"', { locale: 'ar' }, undefined],
    ['dir="rtl" on the page', { locale: 'en-GB' }, 'rtl'],
  ] as const) {
    it(`with ${how}, time runs right to left and ArrowLeft goes forward in time`, async () => {
      const timeline = mountTimeline({ events: idlib2018Input, attributes });
      if (wrapperDir) timeline.parentElement!.dir = wrapperDir;
      const root = await focusFirst(timeline);
      const box = (id: string) =>
        root.querySelector(`[data-id="${id}"][role="option"]`)!.getBoundingClientRect();
      // Earliest at the right, latest at the left.
      expect(box(order[0]!).right).toBeGreaterThan(box(order.at(-1)!).right);
      expect(focusedId(root)).toBe(order[0]);
      await press(timeline, '{ArrowLeft}');
      expect(focusedId(root)).toBe(order[1]);
      await press(timeline, '{ArrowLeft}');
      expect(focusedId(root)).toBe(order[2]);
      await press(timeline, '{ArrowRight}');
      expect(focusedId(root)).toBe(order[1]);
      await press(timeline, '{End}');
      expect(focusedId(root)).toBe(order.at(-1));
      await press(timeline, '{PageUp}');
      expect(all.findIndex((e) => e.id === focusedId(root))).toBeLessThan(order.length - 1);
      await press(timeline, '{Home}');
      expect(focusedId(root)).toBe(order[0]);
    });
  }

  it('in RTL the help dialog lists → before ←, the way time runs', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale: 'ar' } });
    const root = await focusFirst(timeline);
    await press(timeline, '?');
    const first = root.querySelector('dialog dt')!;
    expect([...first.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['→', '←']);
    expect(root.querySelector('dialog h2')?.textContent).toBe('اختصارات لوحة المفاتيح');
    await userEvent.keyboard('{Escape}');
  });
});
