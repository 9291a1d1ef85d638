import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018, idlib2018Input } from '../../src/data/idlib-2018';
import { markIds, mountTimeline, options, unmountAll, untilDrawn } from './mount';
import { overlaps, textBoxes } from './overlap';

afterEach(unmountAll);

const SURRENDER = 'is-surrender-eastern-idlib';
const headers = (root: ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('button.group-toggle')];
const headerNamed = (root: ShadowRoot, name: string) =>
  headers(root).find((b) => b.querySelector('.group-name')!.textContent === name)!;

describe('group-by', () => {
  it('group-by="category" draws one labelled band per category, each event inside its own band', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { 'group-by': 'category' } });
    const root = await untilDrawn(timeline, (r) => headers(r).length > 0);
    const categories = [...new Set(idlib2018.events.map((e) => e.category))];
    expect(headers(root).map((b) => b.querySelector('.group-name')!.textContent)).toEqual(categories);
    expect(headers(root).every((b) => b.getAttribute('aria-expanded') === 'true')).toBe(true);
    const tops = headers(root).map((b) => b.getBoundingClientRect().top);
    for (const [i, category] of categories.entries()) {
      for (const e of idlib2018.events.filter((e) => e.category === category)) {
        const mark = root.querySelector(`g.event[data-id="${e.id}"] .mark`)!.getBoundingClientRect();
        expect(mark.top).toBeGreaterThan(tops[i]!);
        if (i + 1 < tops.length) expect(mark.bottom).toBeLessThan(tops[i + 1]!);
      }
    }
    expect(overlaps(textBoxes(root, 'text.label, .tick text, button.group-toggle'))).toEqual([]);
  });

  it('group-by="actor" draws an event with several actors in each of their bands, as one event', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { 'group-by': 'actor' } });
    const root = await untilDrawn(timeline, (r) => headers(r).length > 0);
    const actors = idlib2018.events.find((e) => e.id === SURRENDER)!.actors!;
    expect(markIds(root).filter((id) => id === SURRENDER)).toHaveLength(actors.length);
    // One option (one stop for the keyboard and screen readers), naming every band it is in.
    const surrenderOptions = options(root).filter((o) => o.dataset.id === SURRENDER);
    expect(surrenderOptions).toHaveLength(1);
    const name = surrenderOptions[0]!.getAttribute('aria-label')!;
    expect(name).toMatch(/, shown under .+$/);
    for (const actor of actors) expect(name.split('shown under ')[1]).toContain(actor);
    // A thread joins the copies; selecting one selects them all.
    expect(root.querySelectorAll('.copy-link').length).toBeGreaterThan(0);
    timeline.selected = SURRENDER;
    await untilDrawn(
      timeline,
      (r) => r.querySelectorAll(`g.event.selected[data-id="${SURRENDER}"]`).length === 3,
    );
    expect(overlaps(textBoxes(root, 'text.label, .tick text, button.group-toggle'))).toEqual([]);
  });

  it('a band collapses to its header and opens again', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { 'group-by': 'category' } });
    const root = await untilDrawn(timeline, (r) => headers(r).length > 0);
    const height = root.querySelector('.plot')!.getBoundingClientRect().height;
    const captures = idlib2018.events.filter((e) => e.category === 'capture').map((e) => e.id);
    await userEvent.click(headerNamed(root, 'capture'));
    await untilDrawn(timeline, (r) => !markIds(r).includes(captures[0]!));
    expect(headerNamed(root, 'capture').getAttribute('aria-expanded')).toBe('false');
    expect(headerNamed(root, 'capture').textContent).toMatch(new RegExp(`${captures.length} events`));
    expect(markIds(root).some((id) => captures.includes(id))).toBe(false);
    expect(root.querySelector('.plot')!.getBoundingClientRect().height).toBeLessThan(height);
    await userEvent.click(headerNamed(root, 'capture'));
    await untilDrawn(timeline, (r) => markIds(r).includes(captures[0]!));
  });

  it('arrow keys still move through the events in time, across bands', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { 'group-by': 'actor' } });
    const root = await untilDrawn(timeline, (r) => headers(r).length > 0);
    (root.querySelector('[role="option"][tabindex="0"]') as HTMLElement).focus();
    const visited = [(root.activeElement as HTMLElement).dataset.id];
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{ArrowRight}');
      visited.push((root.activeElement as HTMLElement).dataset.id);
    }
    expect(visited).toEqual(idlib2018.events.slice(0, 6).map((e) => e.id));
  });
});
