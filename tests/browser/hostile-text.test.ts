// Hostile text is shown as text and never run: script tags, event-handler attributes, SVG onload,
// javascript: and data: URLs, template injections and bidi overrides, in every text field.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import { HOSTILE_TEXTS, hostileEvents } from '../hostile-payloads';
import { mountTimeline, options, unmountAll, untilDrawn } from './mount';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

afterEach(() => {
  unmountAll();
  delete window.__pwned;
});

/** Elements that would only be there if data had been parsed as markup. */
const FOREIGN_TAGS =
  'script img iframe object embed a style link meta base textarea video audio source foreignobject math mglyph mtext image use animate set'.split(
    ' ',
  );

/** Lets handlers, image loads and timers that a payload might have set up run first. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

function expectOnlyOwnMarkup(root: ShadowRoot): void {
  for (const element of root.querySelectorAll('*')) {
    expect(FOREIGN_TAGS, `<${element.localName}> in the shadow root`).not.toContain(
      element.localName.toLowerCase(),
    );
    for (const { name, value } of element.attributes) {
      expect(name.startsWith('on'), `${name}="${value}"`).toBe(false);
      expect(['href', 'src', 'srcdoc', 'xlink:href', 'formaction']).not.toContain(name);
    }
  }
  expect(root.querySelectorAll('style').length).toBe(0);
}

describe('<event-timeline> and hostile text', { timeout: 30_000 }, () => {
  it('draws every payload as text: nothing runs, no element or attribute comes from data', async () => {
    const before = document.querySelectorAll('script, img, iframe, svg, style').length;
    const timeline = mountTimeline({
      events: hostileEvents() as never,
      attributes: { heading: HOSTILE_TEXTS[1]!, start: '2018-01-01', end: '2018-01-31' },
    });
    const root = await untilDrawn(timeline);
    expect(options(root)).toHaveLength(HOSTILE_TEXTS.length);

    // Hover, focus, select and open the notice: every path that renders more text.
    for (const option of options(root).slice(0, 8)) await userEvent.hover(option);
    await userEvent.click(options(root)[0]!);
    await userEvent.click(root.querySelector<HTMLElement>('.notice.problems summary')!);
    await settle();

    expect(window.__pwned).toBeUndefined();
    expectOnlyOwnMarkup(root);
    expect(document.querySelectorAll('script, img, iframe, svg, style').length).toBe(before);
  });

  it('shows each title exactly as written: in its name, its tooltip and (cut or whole) its label', async () => {
    const timeline = mountTimeline({ events: hostileEvents() as never, width: 1400 });
    const root = await untilDrawn(timeline);
    const events = timeline.validEvents;
    for (const option of options(root)) {
      const event = events.find((e) => e.id === option.dataset.id)!;
      expect(HOSTILE_TEXTS.map((t) => t.trim())).toContain(event.title);
      expect(option.getAttribute('aria-label')).toContain(event.title);
      const label = root.querySelector(`g.event[data-id="${CSS.escape(event.id)}"] text.label`)?.textContent;
      if (label)
        expect(label === event.title || event.title.startsWith(label.slice(0, -1).trimEnd())).toBe(true);
    }
    await userEvent.hover(options(root)[0]!);
    await untilDrawn(timeline, (r) => r.querySelector('.tooltip') !== null);
    const first = events.find((e) => e.id === options(root)[0]!.dataset.id)!;
    expect(root.querySelector('.tooltip strong')?.textContent).toBe(first.title);
  });

  it('lists a hostile field name and value in the problems notice as text', async () => {
    const payload = HOSTILE_TEXTS[1]!;
    const timeline = mountTimeline({
      events: [
        { id: 'a', title: 'A', start: '2018-01-01', [payload]: 1 },
        { id: 'b', title: 'B', start: payload },
      ] as never,
    });
    const root = await untilDrawn(timeline);
    await userEvent.click(root.querySelector<HTMLElement>('.notice.problems summary')!);
    const text = root.querySelector('.notice.problems ul')!.textContent!;
    expect(text).toContain(payload.slice(0, 39));
    await settle();
    expect(window.__pwned).toBeUndefined();
    expectOnlyOwnMarkup(root);
  });

  it('a right-to-left override in a title cannot reverse the words around it', async () => {
    const timeline = mountTimeline({
      events: [
        { id: '\u202Eevil', title: '\u202Eevil.exe', start: '2018-02-13', end: '2018-02-40' },
      ] as never,
      attributes: { locale: 'en-GB' },
    });
    const root = await untilDrawn(timeline);
    await userEvent.click(root.querySelector<HTMLElement>('.notice.problems summary')!);
    // "Event 0 (‮evil), end: …": the override in the id must not carry on into the field name after it.
    const line = root.querySelector('.notice.problems li')!;
    const lineText = [...line.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && /Event/.test(n.textContent!),
    )!;
    const content = lineText.textContent!;
    expect(content.replace(/[\u2068\u2069]/g, '')).toMatch(/Event 0 \(\u202Eevil\), end: is not a real date/);
    const range = document.createRange();
    const box = (from: number, length: number) => {
      range.setStart(lineText, from);
      range.setEnd(lineText, from + length);
      return range.getBoundingClientRect();
    };
    const id = box(content.indexOf('evil'), 4);
    const field = box(content.indexOf('end'), 3);
    expect(id.right).toBeLessThanOrEqual(field.left);

    await userEvent.hover(options(root)[0]!);
    await untilDrawn(timeline, (r) => r.querySelector('.tooltip') !== null);
    const tooltip = root.querySelector('.tooltip')!;
    const date = [...tooltip.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && /2018/.test(n.textContent!),
    )!;
    range.selectNodeContents(date);
    const rects = [...range.getClientRects()];
    // "13 February 2018" reads left to right: its first glyph is left of its last.
    const text = date.textContent!;
    const start = text.indexOf('13');
    range.setStart(date, start);
    range.setEnd(date, start + 1);
    const firstGlyph = range.getBoundingClientRect();
    range.setStart(date, text.indexOf('2018') + 3);
    range.setEnd(date, text.indexOf('2018') + 4);
    const lastGlyph = range.getBoundingClientRect();
    expect(rects.length).toBeGreaterThan(0);
    expect(firstGlyph.left).toBeLessThan(lastGlyph.left);
  });

  it('a hostile heading, locale, categories, selected and src are shown as text or ignored', async () => {
    const payload = `<img src=x onerror="window.__pwned='attribute'">`;
    const errors: string[] = [];
    document.addEventListener('timeline-error', (e) => errors.push(e.detail.message), { once: true });
    const timeline = mountTimeline({
      attributes: {
        heading: payload,
        locale: payload,
        categories: payload,
        selected: payload,
        src: `javascript:window.__pwned='src'`,
      },
    });
    const root = await untilDrawn(timeline, (r) => r.querySelector('[role="alert"]') !== null);
    expect(root.querySelector('.heading')?.textContent).toBe(payload);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/is not an http or https address/);
    expect(errors).toHaveLength(1);
    timeline.removeAttribute('src');
    timeline.events = hostileEvents() as never;
    await untilDrawn(
      timeline,
      (r) => r.querySelector('.status') !== null || r.querySelector('[role="option"]') !== null,
    );
    await settle();
    expect(window.__pwned).toBeUndefined();
    expectOnlyOwnMarkup(root);
  });
});
