// What a screen reader gets: names, the summary, announcements, and the table of events.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { validateDataset } from '../../src/data/validate';
import { markIds, mountTimeline, options, unmountAll, untilDrawn } from './mount';

const all = validateDataset(idlib2018Input).events;
const byId = new Map(all.map((e) => [e.id, e]));

afterEach(unmountAll);

const liveRegion = (root: ShadowRoot) => root.querySelector<HTMLElement>('[aria-live="polite"]')!;

describe('accessible names', () => {
  it('the issue’s example: an event’s name reads as a sentence with date, confidence, title and place in its category', async () => {
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input, attributes: { locale: 'en-GB' } }));
    const name = (id: string) =>
      root.querySelector(`[role="option"][data-id="${id}"]`)?.getAttribute('aria-label');
    expect(name('is-surrender-eastern-idlib')).toBe(
      '13 February 2018, disputed: IS fighters in rural eastern Idlib surrender to rebels, 1 of 2 in surrender',
    );
    expect(name('captives-special-centers-claim')).toBe(
      '13 February 2018, claimed: Captives said to be headed to “special centers” (unverified), 2 of 2 in surrender',
    );
    // Uncertainty in words: a vague date is said as vaguely as it is known.
    expect(name('army-clears-is-pocket')).toMatch(/^early February 2018, disputed: /);
    expect(name('is-swept-from-east-2017')).toMatch(/^2017, reported: /);
  });

  it('every event’s name has its date in words, its confidence, its title and “n of m in category”', async () => {
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input, attributes: { locale: 'en-GB' } }));
    const names = options(root).map((o) => [o.dataset.id!, o.getAttribute('aria-label')!] as const);
    expect(names).toHaveLength(all.length);
    for (const [id, name] of names) {
      const e = byId.get(id)!;
      expect(name, id).toContain(`, ${e.confidence}: ${e.title}, `);
      expect(name, id).toMatch(new RegExp(`, \\d+ of \\d+ in ${e.category}$`));
      expect(name, id).toMatch(/(19|20)\d\d/);
    }
    // Each option also says where it is among all events.
    expect(options(root).map((o) => o.getAttribute('aria-posinset'))).toEqual(
      all.map((_, i) => String(i + 1)),
    );
    expect(new Set(options(root).map((o) => o.getAttribute('aria-setsize')))).toEqual(new Set(['35']));
  });

  it('the listbox is described by a summary of the span, the number of events and the categories', async () => {
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input, attributes: { locale: 'en-GB' } }));
    const listbox = root.querySelector('[role="listbox"]')!;
    const summary = root.getElementById(listbox.getAttribute('aria-describedby')!)!;
    expect(summary.textContent?.trim()).toMatch(
      /^35 events from 2017 to 13 February 2018, in 7 categories: offensive \(9\), capture \(13\), .*media \(1\)\.$/,
    );
  });
});

describe('live region', () => {
  it('announces a selection and a cleared selection, once each, in one short sentence', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale: 'en-GB' } });
    const root = await untilDrawn(timeline);
    // One polite region, empty until something changes.
    expect(root.querySelectorAll('[aria-live], [role="status"], [role="alert"]')).toHaveLength(1);
    expect(liveRegion(root).textContent?.trim()).toBe('');
    await userEvent.click(root.querySelector<HTMLElement>('[data-id="palmyra-recaptured"][role="option"]')!);
    await timeline.updateComplete;
    expect(liveRegion(root).textContent?.trim()).toBe(
      'Selected: Syrian army says it has retaken Palmyra, 2 March 2017.',
    );
    // Moving the focus speaks the focused event's name; the region stays as it was.
    await userEvent.keyboard('{ArrowRight}');
    await timeline.updateComplete;
    expect(liveRegion(root).textContent?.trim()).toBe(
      'Selected: Syrian army says it has retaken Palmyra, 2 March 2017.',
    );
    await userEvent.keyboard('{Escape}');
    await timeline.updateComplete;
    expect(liveRegion(root).textContent?.trim()).toBe('Selection cleared.');
  });

  it('announces how many events a filter leaves', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await untilDrawn(timeline);
    timeline.setAttribute('categories', 'capture');
    await timeline.updateComplete;
    expect(liveRegion(root).textContent?.trim()).toBe('Showing 13 of 35 events.');
  });

  it('announces a new window once it settles, with its period and how many events fall in it', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale: 'en-GB' } });
    const root = await untilDrawn(timeline);
    // A zoom moves the window many times in a row; only where it stops is spoken.
    for (const start of ['2017-06-01', '2017-09-01', '2018-01-01']) {
      timeline.setAttribute('start', start);
      timeline.setAttribute('end', '2018-02-13');
      await timeline.updateComplete;
    }
    await expect
      .poll(() => liveRegion(root).textContent?.replace(/\s+/g, ' ').trim(), { timeout: 3000 })
      .toMatch(/^Showing 1 January – 13 February 2018: \d+ events\.$/);
    const spoken = Number(/(\d+) events/.exec(liveRegion(root).textContent!)![1]);
    expect(spoken).toBe(markIds(root).length);
  });
});

describe('table view', () => {
  const rowIds = (root: ShadowRoot) =>
    [...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-id'));

  it('the table always holds exactly the drawn events, in date order, with their date, confidence and category in words', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: {
        locale: 'en-GB',
        start: '2018-01-01',
        end: '2018-02-13',
        categories: 'capture,offensive',
      },
    });
    // The hidden table is built just after the chart has painted.
    const root = await untilDrawn(timeline, (r) => r.querySelector('tbody tr') !== null);
    const drawn = markIds(root);
    expect(drawn.length).toBeGreaterThan(3);
    expect(rowIds(root)).toEqual(drawn);
    const row = root.querySelector('tr[data-id="army-clears-is-pocket"]')!;
    expect([...row.children].map((c) => c.textContent?.trim())).toEqual([
      'early February 2018',
      'Pro-government forces clear an IS pocket, driving IS into Idlib',
      'offensive',
      'disputed',
    ]);
    // In chart view it is there for assistive technology, but not drawn.
    const table = root.querySelector('[part="table"]')!;
    const box = table.getBoundingClientRect();
    expect(box.width * box.height).toBeLessThanOrEqual(1);
    expect(getComputedStyle(table).clipPath).not.toBe('none');
    expect(table.querySelector('button')?.tabIndex).toBe(-1);
  });

  it('view="table" shows the table instead of the chart; the date header sorts newest first and back', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { view: 'table' } });
    const root = await untilDrawn(timeline, (r) => r.querySelector('tbody tr') !== null);
    expect(root.querySelector('svg.chart')).toBeNull();
    expect(root.querySelector('table')!.getBoundingClientRect().height).toBeGreaterThan(300);
    const ascending = rowIds(root);
    expect(ascending).toEqual(all.map((e) => e.id));
    const header = root.querySelector('th[aria-sort]')!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(header.querySelector('button')!);
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const descending = rowIds(root);
    expect(all.find((e) => e.id === descending[0])!.start).toBe('2018-02-13');
    expect(all.find((e) => e.id === descending.at(-1))!.start).toBe('2017');
  });

  it('the Table button switches views and says whether it is on', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await untilDrawn(timeline);
    const button = root.querySelector<HTMLButtonElement>('.toolbar button[aria-pressed]')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(button);
    expect(timeline.getAttribute('view')).toBe('table');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(button);
    expect(timeline.getAttribute('view')).toBe('chart');
  });
});
