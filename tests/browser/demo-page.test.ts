// The demo page, index.html, as a reader gets it: the bundle from dist/ in a <script type="module">,
// elements with attributes and <timeline-event> children, and no JavaScript written.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { closePage, openPage, pageWindow, until } from './page-frame';

afterEach(closePage);

describe('index.html, the plain-HTML demo page', () => {
  it('uses only the bundle: one module script, and no other script on the page', async () => {
    const doc = await openPage('/index.html');
    const scripts = [...doc.querySelectorAll('script')].filter((s) => !s.src.includes('/@vite/'));
    expect(scripts.map((s) => [s.type, new URL(s.src).pathname])).toEqual([
      ['module', '/dist/event-timeline.bundle.js'],
    ]);
    expect(scripts[0]!.textContent).toBe('');
  });

  it('the timeline with src draws every event of the dataset from its attributes alone', async () => {
    const doc = await openPage('/index.html');
    const timeline = doc.querySelector('event-timeline#idlib')!;
    expect(timeline.getAttribute('src')).toBe('./data/idlib-2018.json');
    const root = await until(() =>
      timeline.shadowRoot?.querySelectorAll('[role="option"]').length ? timeline.shadowRoot : null,
    );
    expect(root.querySelectorAll('[role="option"]')).toHaveLength(idlib2018Input.events.length);
    const listbox = root.querySelector('[role="listbox"]')!;
    const label = root.getElementById(listbox.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent?.trim()).toBe(timeline.getAttribute('heading'));
    // The bundle registered the elements in the page's own registry.
    expect(pageWindow().customElements.get('event-timeline')).toBeDefined();
    // <timeline-event> comes in a chunk of its own, requested as soon as the bundle finds one in the page.
    await until(() => pageWindow().customElements.get('timeline-event'));
  });

  it('the <timeline-event> children draw as a second timeline, and a click selects an event', async () => {
    const doc = await openPage('/index.html');
    const timeline = doc.querySelector('event-timeline#last-weeks')!;
    const children = [...timeline.querySelectorAll('timeline-event')].map((e) => e.id);
    const root = await until(() =>
      timeline.shadowRoot?.querySelectorAll('g.event').length ? timeline.shadowRoot : null,
    );
    expect([...root.querySelectorAll<SVGGElement>('g.event')].map((g) => g.dataset.id).sort()).toEqual(
      children.sort(),
    );
    const surrender = root.querySelector<HTMLElement>(
      '[role="option"][data-id="is-surrender-eastern-idlib"]',
    )!;
    expect(surrender.getAttribute('aria-label')).toMatch(
      /disputed: IS fighters in rural eastern Idlib surrender/,
    );
    await userEvent.click(surrender);
    await until(() => timeline.getAttribute('selected') === 'is-surrender-eastern-idlib');
  });

  it('the article around the timelines is all shown: every heading and paragraph outside them has a size', async () => {
    const doc = await openPage('/index.html');
    await until(() => doc.querySelector('event-timeline')?.shadowRoot);
    const prose = [...doc.querySelectorAll('main > h2, main > p')];
    expect(prose.length).toBeGreaterThan(4);
    for (const block of prose)
      expect(block.getBoundingClientRect().height, block.textContent ?? '').toBeGreaterThan(0);
  });

  it('before the script runs the events are readable HTML: headings, quotes and citations', async () => {
    const response = await fetch('/index.html');
    const html = new DOMParser().parseFromString(await response.text(), 'text/html');
    const events = html.querySelectorAll('timeline-event');
    expect(events.length).toBeGreaterThan(2);
    for (const event of events) expect(event.querySelector('h3')?.textContent?.trim()).toBeTruthy();
    expect(html.querySelector('timeline-event blockquote + cite')?.textContent).toMatch(/Syria Direct/);
  });
});
