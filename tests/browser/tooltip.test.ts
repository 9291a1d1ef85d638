import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { mountTimeline, options, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

const visibleTooltip = (root: ShadowRoot) => {
  const tooltip = root.querySelector<HTMLElement>('.tooltip');
  return tooltip && getComputedStyle(tooltip).visibility !== 'hidden' ? tooltip : null;
};

describe('tooltips', () => {
  it('hovering an event shows its title, date and confidence', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400, attributes: { locale: 'en-GB' } });
    const root = await untilDrawn(timeline);
    const option = options(root).find((o) => o.dataset.id === 'is-surrender-eastern-idlib')!;
    await userEvent.hover(option);
    await untilDrawn(timeline, (r) => visibleTooltip(r) !== null);
    expect(visibleTooltip(root)!.textContent!.replace(/\s+/g, ' ')).toMatch(
      /IS fighters in rural eastern Idlib surrender to rebels\s*13 February 2018 · disputed/,
    );
    // Moving off the event hides it.
    const outside = document.createElement('p');
    outside.textContent = 'Elsewhere on the page';
    timeline.parentElement!.append(outside);
    await userEvent.hover(outside);
    await untilDrawn(timeline, (r) => r.querySelector('.tooltip') === null);
  });

  it('focusing an event shows its tooltip too', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const root = await untilDrawn(timeline);
    root.querySelector<HTMLElement>('[role="option"][tabindex="0"]')!.focus();
    await untilDrawn(timeline, (r) => visibleTooltip(r) !== null);
    const first = idlib2018Input.events.find((e) => e.id === (root.activeElement as HTMLElement).dataset.id)!;
    expect(visibleTooltip(root)!.textContent).toContain(first.title);
  });

  it('stays on screen for events at the left, right and bottom edges', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const root = await untilDrawn(timeline);
    // Push the timeline down so that its last lanes sit at the bottom of the viewport.
    const spacer = document.createElement('div');
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    spacer.style.height = `${Math.max(0, innerHeight - plot.height - plot.top + 20)}px`;
    timeline.parentElement!.before(spacer);
    window.scrollTo(0, 0);
    try {
      const container = timeline.getBoundingClientRect();
      const all = options(root);
      const byLeft = [...all].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
      const byBottom = [...all].sort(
        (a, b) => b.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom,
      );
      for (const option of [byLeft[0]!, byLeft.at(-1)!, byBottom[0]!]) {
        option.focus();
        await untilDrawn(timeline, (r) => visibleTooltip(r) !== null && r.activeElement === option);
        await timeline.updateComplete;
        const box = visibleTooltip(root)!.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(container.left - 0.5);
        expect(box.right).toBeLessThanOrEqual(container.right + 0.5);
        expect(box.top).toBeGreaterThanOrEqual(-0.5);
        expect(box.bottom).toBeLessThanOrEqual(innerHeight + 0.5);
      }
    } finally {
      spacer.remove();
    }
  });
});
