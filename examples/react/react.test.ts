import { createElement } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EventTimeline } from '../../src/event-timeline';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { TimelineArticle } from './TimelineArticle';

// React's act() needs to know it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

async function render(events = idlib2018Input): Promise<EventTimeline> {
  host = document.createElement('div');
  host.style.width = '1000px';
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(createElement(TimelineArticle, { heading: 'From React', events })));
  const timeline = host.querySelector('event-timeline')!;
  for (let i = 0; i < 200 && !timeline.shadowRoot?.querySelector('[role="option"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return timeline;
}

describe('<event-timeline> in React 19', () => {
  it('React passes events as a property (not an attribute) and the timeline draws them', async () => {
    const timeline = await render();
    expect(timeline.hasAttribute('events')).toBe(false);
    expect(timeline.events).toBe(idlib2018Input);
    expect(timeline.shadowRoot!.querySelectorAll('[role="option"]')).toHaveLength(
      idlib2018Input.events.length,
    );
    // The heading names the listbox of events (aria-labelledby).
    const listbox = timeline.shadowRoot!.querySelector('[role="listbox"]')!;
    const label = timeline.shadowRoot!.getElementById(listbox.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent?.trim()).toBe('From React');
  });

  it('a click in the timeline reaches React through timeline-select and updates its state', async () => {
    const timeline = await render();
    const option = timeline.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')[2]!;
    const title = idlib2018Input.events.find((e) => e.id === option.dataset.id)!.title;
    await act(async () => userEvent.click(option));
    expect(host!.querySelector('[role="status"]')!.textContent).toBe(`Selected: ${title}`);
  });

  it('new events from React redraw the timeline', async () => {
    const timeline = await render();
    const fewer = { ...idlib2018Input, events: idlib2018Input.events.slice(0, 3) };
    await act(async () =>
      root!.render(createElement(TimelineArticle, { heading: 'From React', events: fewer })),
    );
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelectorAll('[role="option"]')).toHaveLength(3);
  });
});
