import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createApp, nextTick, shallowRef, type App } from 'vue/dist/vue.esm-bundler.js';
import type { EventTimeline } from '../../src/event-timeline';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { TimelineArticle, isCustomElement } from './timeline-article';

let app: App | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  app?.unmount();
  host?.remove();
});

/** The events the page's Vue app holds; changing them is what a Vue app would do. */
const events = shallowRef(idlib2018Input);

async function mount(): Promise<EventTimeline> {
  events.value = idlib2018Input;
  host = document.createElement('div');
  host.style.width = '1000px';
  document.body.append(host);
  app = createApp({
    components: { TimelineArticle },
    setup: () => ({ events }),
    template: `<TimelineArticle heading="From Vue" :events="events" />`,
  });
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.mount(host);
  const timeline = host.querySelector('event-timeline')!;
  for (let i = 0; i < 200 && !timeline.shadowRoot?.querySelector('[role="option"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return timeline;
}

describe('<event-timeline> in a Vue 3 template', () => {
  it('Vue binds :events as a property and the timeline draws every event', async () => {
    const timeline = await mount();
    expect(timeline.hasAttribute('events')).toBe(false);
    expect(timeline.shadowRoot!.querySelectorAll('[role="option"]')).toHaveLength(
      idlib2018Input.events.length,
    );
    // The heading names the listbox of events (aria-labelledby).
    const listbox = timeline.shadowRoot!.querySelector('[role="listbox"]')!;
    const label = timeline.shadowRoot!.getElementById(listbox.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent?.trim()).toBe('From Vue');
  });

  it('@timeline-select reaches the Vue component and updates what it shows', async () => {
    const timeline = await mount();
    const option = timeline.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')[4]!;
    const title = idlib2018Input.events.find((e) => e.id === option.dataset.id)!.title;
    await userEvent.click(option);
    await nextTick();
    expect(host!.querySelector('[role="status"]')!.textContent).toBe(`Selected: ${title}`);
  });

  it('changing the bound events redraws the timeline', async () => {
    const timeline = await mount();
    events.value = { ...idlib2018Input, events: idlib2018Input.events.slice(0, 2) };
    await nextTick();
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelectorAll('[role="option"]')).toHaveLength(2);
  });
});
