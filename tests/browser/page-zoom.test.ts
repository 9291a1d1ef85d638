// The story page's composition (timeline, overview, legend, details) at 200% browser zoom and at
// 320 CSS px wide: "the page works at 200% browser zoom and at 320 CSS px wide without loss".
//
// What 200% zoom is: the browser halves the CSS viewport (a 1280 × 800 window becomes 640 × 400
// CSS px) and lays the page out again, so text and controls, whose sizes stay the same in CSS px,
// take twice the share of the screen. A 640 × 400 CSS viewport is therefore that layout, exactly;
// only the number of device pixels behind each CSS px differs, which changes sharpness, not
// layout. (Scaling a finished page, as CDP's setPageScaleFactor or a pinch does, does not reflow,
// and would hide the very overflow this test looks for.)
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import type { EventTimeline } from '../../src/event-timeline';
import '../../src/index';
import { overlaps, textBoxes } from './overlap';

let article: HTMLElement | undefined;

afterEach(async () => {
  article?.remove();
  article = undefined;
  await page.viewport(414, 896);
});

/** The story page's explorer as a newsroom publishes it: one column below 60rem, as in the story. */
async function mountStoryPage(locale?: string) {
  article = document.createElement('article');
  article.className = 'zoom-story-page';
  const style = document.createElement('style');
  style.textContent = `
    .zoom-story-page { box-sizing: border-box; max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
    .zoom-story-page .explorer { display: grid; gap: 1rem 2rem; grid-template-columns: minmax(0, 1fr); }
  `;
  article.append(style);
  const explorer = document.createElement('div');
  explorer.className = 'explorer';
  const timeline = document.createElement('event-timeline') as EventTimeline;
  timeline.id = 'zoom-idlib';
  timeline.heading = 'The end of IS in eastern Idlib, 2017 – 13 February 2018';
  timeline.setAttribute('zoom-controls', '');
  timeline.setAttribute('orientation', 'auto');
  if (locale) timeline.setAttribute('locale', locale);
  timeline.events = idlib2018Input;
  const marker = document.createElement('timeline-marker');
  marker.setAttribute('date', '2018-02-13');
  marker.setAttribute('label', 'Article published');
  timeline.append(marker);
  explorer.append(timeline);
  for (const tag of ['timeline-overview', 'timeline-legend', 'timeline-details'] as const) {
    const companion = document.createElement(tag);
    companion.setAttribute('for', timeline.id);
    explorer.append(companion);
  }
  article.append(explorer);
  document.body.append(article);
  const companions = [
    ...explorer.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
      'timeline-overview, timeline-legend, timeline-details',
    ),
  ];
  for (let i = 0; i < 200; i++) {
    await timeline.updateComplete;
    await Promise.all(companions.map((c) => c.updateComplete));
    const ready =
      timeline.shadowRoot?.querySelector('[role="option"]') &&
      timeline.shadowRoot.querySelector('.marker line') &&
      companions[0]!.shadowRoot?.querySelector('.brush .selection') &&
      companions[1]!.shadowRoot?.querySelector('button.toggle');
    if (ready) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  timeline.selectEvent('is-surrender-eastern-idlib');
  for (let i = 0; i < 200 && !companions[2]!.shadowRoot?.querySelector('button.step'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await timeline.updateComplete;
  return { timeline, roots: [timeline, ...companions].map((e) => e.shadowRoot!) };
}

/** The element that has the focus, looking inside shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every visible piece of text and every control, in the light DOM and the components' shadow roots. */
function visibleThings(roots: ShadowRoot[]): Element[] {
  return roots.flatMap((root) =>
    [
      ...root.querySelectorAll(
        'button, input, a[href], [role="slider"], text, p, li, dt, dd, [role="heading"]',
      ),
    ].filter((el) => {
      if (el.closest('.visually-hidden, [hidden], dialog:not([open])')) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    }),
  );
}

async function expectNoLoss(width: number, roots: ShadowRoot[]) {
  // No horizontal scrolling: the page is no wider than the viewport.
  expect(document.documentElement.scrollWidth, 'page width').toBeLessThanOrEqual(width);
  // Nothing is cut off at the side of the viewport, and no text is clipped by its own box.
  const things = visibleThings(roots);
  expect(things.length, 'text and controls drawn').toBeGreaterThan(60);
  for (const el of things) {
    const box = el.getBoundingClientRect();
    const what = `${el.localName}.${el.getAttribute('class') ?? ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    expect(box.left, what).toBeGreaterThanOrEqual(-0.5);
    expect(box.right, what).toBeLessThanOrEqual(width + 0.5);
    if (el instanceof HTMLElement && getComputedStyle(el).overflowX !== 'visible')
      expect(el.scrollWidth, `${what} clipped`).toBeLessThanOrEqual(el.clientWidth + 1);
  }
  // Drawn labels stay readable: none sits on another.
  const [timelineRoot, overviewRoot] = roots;
  expect(
    overlaps(textBoxes(timelineRoot!, 'text.label, .tick text, .marker-label')),
    'timeline labels',
  ).toEqual([]);
  expect(overlaps(textBoxes(overviewRoot!, '.axis text')), 'overview labels').toEqual([]);
  // Every control can be reached with Tab, and is scrolled into view when it is.
  const controls = roots.flatMap((root) =>
    [...root.querySelectorAll('button, input, a[href], [role="slider"]')].filter(
      (el) => !el.closest('.visually-hidden, dialog:not([open])') && el.getBoundingClientRect().width > 0,
    ),
  );
  (document.activeElement as HTMLElement | null)?.blur();
  const reached = new Set<Element>();
  for (let i = 0; i < 80; i++) {
    await userEvent.tab();
    const active = deepActive();
    if (!active || active === document.body || reached.has(active)) break;
    reached.add(active);
    const box = active.getBoundingClientRect();
    expect(box.left, `${active.localName} in view`).toBeGreaterThanOrEqual(-0.5);
    expect(box.right, `${active.localName} in view`).toBeLessThanOrEqual(width + 0.5);
  }
  expect(controls.length, 'controls').toBeGreaterThan(15);
  for (const control of controls)
    if (control.getAttribute('role') !== 'option')
      expect(
        reached.has(control),
        `${control.localName} “${control.textContent?.trim().slice(0, 30)}” reachable`,
      ).toBe(true);
}

describe('zoomed and narrow pages', () => {
  it('at 200% browser zoom (a 1280 × 800 window: 640 × 400 CSS px) the story page loses nothing', async () => {
    await page.viewport(640, 400);
    const { roots } = await mountStoryPage();
    await expectNoLoss(640, roots);
  });

  it('at 200% zoom in Arabic, right to left, the story page loses nothing', async () => {
    await page.viewport(640, 400);
    const { roots } = await mountStoryPage('ar');
    await expectNoLoss(640, roots);
  });

  it('at 320 CSS px (400% zoom of a 1280 px window) the whole story page, not only the timeline, fits', async () => {
    await page.viewport(320, 640);
    const { timeline, roots } = await mountStoryPage();
    // Below 600 px orientation="auto" turns the timeline on its side.
    expect(timeline.shadowRoot!.querySelector('.plot.vertical')).not.toBeNull();
    await expectNoLoss(320, roots);
  });

  it('at 320 CSS px in Arabic the story page fits too', async () => {
    await page.viewport(320, 640);
    const { roots } = await mountStoryPage('ar');
    await expectNoLoss(320, roots);
  });
});
