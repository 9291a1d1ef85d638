import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018, idlib2018Input } from '../../src/data/idlib-2018';
import { markIds, mountTimeline, unmountAll, untilDrawn } from './mount';
import { mountCompanion, until } from './linked';

afterEach(unmountAll);

const all = idlib2018.events;
const count = (category: string) => all.filter((e) => e.category === category).length;
/** Text as read out: whitespace from the template collapsed. */
const status = (root: ShadowRoot) => root.querySelector('.status')!.textContent!.replace(/\s+/g, ' ').trim();
/** What the timeline's polite live region says. */
const announced = (timeline: HTMLElement) =>
  timeline.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.replace(/\s+/g, ' ').trim();
const toggle = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button.toggle')].find(
    (b) => b.querySelector('.name')?.textContent === name,
  )!;

describe('<timeline-legend>', () => {
  it('shows one toggle per category with its count, all on', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const legend = mountCompanion('timeline-legend', timeline);
    const root = await until(
      legend,
      (r) => r.querySelectorAll('fieldset[part="categories"] button').length > 0,
    );
    const categories = [...new Set(all.map((e) => e.category))];
    const buttons = [...root.querySelectorAll('fieldset[part="categories"] button')];
    expect(buttons.map((b) => b.querySelector('.name')!.textContent)).toEqual(categories);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
    expect(toggle(root, 'capture').querySelector('.count')!.textContent).toBe(String(count('capture')));
    expect(status(root)).toBe(`Showing ${all.length} of ${all.length} events.`);
  });

  it('a toggle hides a category, and the count is announced', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const legend = mountCompanion('timeline-legend', timeline);
    const drawn = await untilDrawn(timeline);
    const root = await until(legend, (r) => r.querySelector('button.toggle') !== null);
    const capture = toggle(root, 'capture');
    await userEvent.click(capture);
    expect(capture.getAttribute('aria-pressed')).toBe('false');
    expect(timeline.getAttribute('categories')!.split(',')).not.toContain('capture');
    await untilDrawn(timeline, (r) => markIds(r).length === all.length - count('capture'));
    const ids = new Set(markIds(drawn));
    expect(all.filter((e) => e.category === 'capture').some((e) => ids.has(e.id))).toBe(false);
    expect(status(root)).toBe(`Showing ${all.length - count('capture')} of ${all.length} events.`);
    // The timeline announces the new count, once, through its live region.
    await untilDrawn(timeline, () => announced(timeline) === status(root));
    // The timeline announces the new count, once, through its live region.
    await untilDrawn(timeline, () => announced(timeline) === status(root));

    await userEvent.click(capture);
    expect(timeline.hasAttribute('categories')).toBe(false);
    await until(legend, (r) => status(r) === `Showing ${all.length} of ${all.length} events.`);
  });

  it('the search box filters by title, actor and place', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const legend = mountCompanion('timeline-legend', timeline);
    await untilDrawn(timeline);
    const root = await until(legend, (r) => r.querySelector('input') !== null);
    const input = root.querySelector('input')!;
    expect(input.labels?.[0]?.textContent).toBe('Find events');
    await userEvent.type(input, 'khuwayn');
    // "al-Khuwayn" is a title word in one event and a place in another.
    const expected = all.filter(
      (e) => /khuwayn/i.test(e.title) || (e.places ?? []).some((p) => /khuwayn/i.test(p.name)),
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(timeline.filter).toEqual({ text: 'khuwayn' });
    expect(timeline.shownEvents.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    await until(legend, (r) => status(r) === `Showing ${expected.length} of ${all.length} events.`);
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.reset')!);
    expect(timeline.filter).toBeUndefined();
    await until(legend, (r) => r.querySelector('input')!.value === '');
  });

  it('the confidence toggles hide events at that confidence', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const legend = mountCompanion('timeline-legend', timeline);
    await untilDrawn(timeline);
    const root = await until(legend, (r) => r.querySelector('fieldset[part="confidence"]') !== null);
    await userEvent.click(toggle(root, 'claimed'));
    expect(timeline.filter?.confidences).toEqual(['confirmed', 'reported', 'disputed']);
    expect(timeline.shownEvents.some((e) => e.confidence === 'claimed')).toBe(false);
    // Category counts follow: they say how many each category would show now.
    const unclaimed = (c: string) => all.filter((e) => e.category === c && e.confidence !== 'claimed').length;
    await until(
      legend,
      (r) => toggle(r, 'capture').querySelector('.count')!.textContent === String(unclaimed('capture')),
    );
  });

  it('follows a categories attribute the page sets itself', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const legend = mountCompanion('timeline-legend', timeline);
    const root = await until(legend, (r) => r.querySelector('button.toggle') !== null);
    timeline.setAttribute('categories', 'surrender');
    await until(legend, (r) => toggle(r, 'capture').getAttribute('aria-pressed') === 'false');
    expect(toggle(root, 'surrender').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('<timeline-legend> keeps one category on', () => {
  it('the last category shown cannot be switched off: an empty categories attribute means every category', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      width: 400,
      attributes: { categories: 'surrender' },
    });
    const legend = mountCompanion('timeline-legend', timeline);
    const root = await until(legend, (r) => r.querySelector('button.toggle') !== null);
    const surrender = toggle(root, 'surrender');
    expect(surrender.getAttribute('aria-disabled')).toBe('true');
    // (Playwright will not click an aria-disabled button; a reader still can.)
    surrender.click();
    await legend.updateComplete;
    expect(timeline.getAttribute('categories')).toBe('surrender');
    expect(surrender.getAttribute('aria-pressed')).toBe('true');
  });
});
