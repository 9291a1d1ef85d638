// dist/event-timeline.bundle.js loaded alone in a plain page, as from a CDN: it draws from its entry,
// then brings in what it left out (d3-zoom, the CSV reader, <timeline-details>, Arabic, and the
// parts only some timelines use: vertical, swimlanes, <timeline-event> children, hash-sync, the density
// band, the table, the zoom buttons, and toSVG's code) as needed.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { closePage, openPage, pageWindow, until } from './page-frame';

afterEach(closePage);

/** The scripts the page has fetched, as paths. */
const scripts = () =>
  pageWindow()
    .performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));

/** Whether the page has fetched the chunk of that name (dist/chunks/<name>-<hash>.js). */
const chunk = (name: string) =>
  scripts().some((path) => new RegExp(`/dist/chunks/${name}-[\\w-]+\\.js$`).test(path));

const options = (doc: Document, id: string) => [
  ...(doc.getElementById(id)?.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? []),
];

describe('the bundle alone in a plain page', () => {
  it('draws a timeline, then zooms in with + (d3-zoom arriving after the first draw)', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-alone.html');
    const drawn = await until(() => options(doc, 'story').length > 0 && options(doc, 'story'));
    expect(drawn).toHaveLength(idlib2018Input.events.length);
    const timeline = doc.getElementById('story') as HTMLElementTagNameMap['event-timeline'];
    const before = timeline.visibleWindow!;
    await userEvent.click(drawn[0]!);
    // The key as the page's own keyboard event: userEvent's keyboard types into the top page, not the frame.
    const Key = pageWindow().KeyboardEvent;
    drawn[0]!.dispatchEvent(
      new Key('keydown', { key: '+', bubbles: true, composed: true, cancelable: true }),
    );
    const after = await until(() => {
      const window = timeline.visibleWindow!;
      return (
        window.end.getTime() - window.start.getTime() < before.end.getTime() - before.start.getTime() &&
        window
      );
    });
    // One press of + halves the window.
    const length = (w: { start: Date; end: Date }) => w.end.getTime() - w.start.getTime();
    await until(() => Math.abs(length(timeline.visibleWindow!) - length(before) / 2) < 60_000);
    expect(length(after)).toBeLessThan(length(before));
    await until(() => scripts().some((path) => /\/dist\/chunks\/time-zoom-[\w-]+\.js$/.test(path)));
  });

  it('toSVG() after updateComplete is the full drawing, with the export part it fetched after the first draw', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-alone.html');
    const timeline = doc.getElementById('story') as HTMLElementTagNameMap['event-timeline'];
    await until(() => options(doc, 'story').length > 0);
    await timeline.updateComplete;
    const file = new DOMParser().parseFromString(timeline.toSVG(), 'image/svg+xml');
    expect(file.querySelector('parsererror')).toBeNull();
    expect(file.querySelector('title')?.textContent).toBe('Eastern Idlib');
    expect(file.querySelectorAll('g.event')).toHaveLength(idlib2018Input.events.length);
    expect(file.documentElement.textContent).not.toMatch(/Loading/);
    expect(scripts().some((path) => /\/dist\/chunks\/export-svg-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('reads a format="csv" source with the reader it loads for it', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-alone.html');
    const drawn = await until(() => options(doc, 'sheet').length > 0 && options(doc, 'sheet'));
    expect(drawn.map((o) => o.getAttribute('aria-label')).join('\n')).toMatch(/Euclid/);
    expect(scripts().some((path) => /\/dist\/chunks\/formats-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('upgrades the <timeline-details for> in the page, which shows the event selected', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-alone.html');
    await until(() => pageWindow().customElements.get('timeline-details'));
    const drawn = await until(() => options(doc, 'story').length > 0 && options(doc, 'story'));
    const surrender = drawn.find((o) => o.dataset.id === 'is-surrender-eastern-idlib')!;
    await userEvent.click(surrender);
    const details = doc.querySelector('timeline-details')!;
    await until(() => /surrender/i.test(details.shadowRoot?.textContent ?? ''));
  });

  it('speaks Arabic where the locale asks, with the catalogue it loads for it', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-alone.html');
    const drawn = await until(() => options(doc, 'arabic').length > 0 && options(doc, 'arabic'));
    const listbox = doc.getElementById('arabic')!.shadowRoot!.querySelector('[role="listbox"]')!;
    expect(listbox.getAttribute('aria-label')).toMatch(/[\u0600-\u06ff]/);
    expect(drawn[0]!.getAttribute('aria-label')).toMatch(/[\u0660-\u0669]/);
    expect(scripts().some((path) => /\/dist\/chunks\/arabic-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('fetches none of the parts a plain horizontal timeline does not use', async () => {
    // A page of its own: bundle-alone.html's spreadsheet has eras, which fetch the periods part.
    const doc = await openPage('/tests/browser/pages/bundle-plain.html');
    await until(() => options(doc, 'story').length > 0);
    await (doc.getElementById('story') as HTMLElementTagNameMap['event-timeline']).updateComplete;
    // The density band is the exception, fetched while the page is idle (idle-warm-up.ts).
    const parts =
      /\/dist\/chunks\/(vertical-part|swimlanes-part|periods-part|markers-part|hash-sync|problems-notice|render-zoom-controls)-/;
    expect(scripts().filter((path) => parts.test(path))).toEqual([]);
  });

  it('rehearses a first draw while the page waits for its data, unseen: no event reaches the page, no element joins it', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-later.html');
    const page = pageWindow() as Window &
      typeof globalThis & { heard: string[]; added: string[]; fontsMeasured: Set<string> };
    // The keyboard help part is what only a drawn timeline asks for: the rehearsal has drawn.
    await until(() => chunk('rehearsal') && chunk('render-help'));
    await until(() => chunk('dense-part'));
    await new Promise((r) => setTimeout(r, 300));
    expect(page.heard).toEqual([]);
    expect(page.added).toEqual([]);
    expect(doc.querySelectorAll('event-timeline')).toHaveLength(0);
    const rehearsed = [...page.fontsMeasured];
    page.fontsMeasured.clear();
    // The timeline the page then makes draws as ever, and is the only one heard.
    const timeline = doc.createElement('event-timeline');
    timeline.id = 'story';
    timeline.events = idlib2018Input;
    doc.getElementById('main')!.append(timeline);
    const drawn = await until(() => options(doc, 'story').length > 0 && options(doc, 'story'));
    expect(drawn).toHaveLength(idlib2018Input.events.length);
    await timeline.updateComplete;
    expect(page.heard).toEqual(['timeline-load from story']);
    // Its labels and axis were measured in fonts the rehearsal had already looked up (each font's
    // first measurement took 5-20 ms here), though the rehearsal's timeline had no style of its own.
    expect(page.fontsMeasured.size).toBeGreaterThan(0);
    for (const font of page.fontsMeasured) expect(rehearsed).toContain(font);
  });

  it('fetches the density band ahead, while the page is idle, so a big timeline need not wait for it', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-plain.html');
    await until(() => options(doc, 'story').length > 0);
    await until(() => scripts().some((path) => /\/dist\/chunks\/dense-part-[\w-]+\.js$/.test(path)));
  });
});

describe('the bundle alone, with the parts only some timelines use', () => {
  it('draws orientation="vertical" top to bottom, with the vertical part it fetches', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-parts.html');
    const drawn = await until(() => options(doc, 'vertical').length > 0 && options(doc, 'vertical'));
    expect(drawn).toHaveLength(idlib2018Input.events.length);
    const root = doc.getElementById('vertical')!.shadowRoot!;
    expect(root.querySelector('[role="listbox"]')!.getAttribute('aria-orientation')).toBe('vertical');
    expect(root.querySelector('.plot.vertical')).not.toBeNull();
    // Time runs down the page: the last event's label sits far below the first's (labels dodge, so only roughly in order).
    const tops = drawn.map((o) => o.getBoundingClientRect().top);
    expect(tops.at(-1)! - tops[0]!).toBeGreaterThan(300);
    expect(chunk('vertical-part')).toBe(true);
  });

  it('draws group-by="category" as one labelled band per category, with the swimlanes part it fetches', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-parts.html');
    await until(() => options(doc, 'lanes').length > 0);
    const root = doc.getElementById('lanes')!.shadowRoot!;
    const categories = new Set(idlib2018Input.events.map((e) => e.category));
    const headers = await until(() => {
      const text = root.textContent ?? '';
      return [...categories].every((c) => text.includes(c!)) && text;
    });
    expect(headers).toMatch(/surrender/);
    expect(chunk('swimlanes-part')).toBe(true);
  });

  it('draws <timeline-event> children, read with the reader it fetches for them', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-parts.html');
    const drawn = await until(() => options(doc, 'written').length > 0 && options(doc, 'written'));
    expect(drawn.map((o) => o.dataset.id)).toEqual(['offensive', 'surrender']);
    expect(drawn[1]!.getAttribute('aria-label')).toMatch(/400 IS fighters surrender/);
    expect(chunk('read-event-element')).toBe(true);
  });

  it('opens a #event= link with that event selected (hash-sync), and draws its marker', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-parts.html#event=is-surrender-eastern-idlib');
    const timeline = doc.getElementById('linked') as HTMLElementTagNameMap['event-timeline'];
    await until(() => options(doc, 'linked').length > 0);
    await until(() => timeline.selected === 'is-surrender-eastern-idlib');
    const option = options(doc, 'linked').find((o) => o.dataset.id === 'is-surrender-eastern-idlib')!;
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(timeline.shadowRoot!.querySelector('.marker-label')?.textContent).toBe('Article published');
    expect(chunk('hash-sync')).toBe(true);
    expect(chunk('markers-part')).toBe(true);
  });

  it('draws 1,000 events as the density band, with the part it fetches, never as marks first', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-parts.html');
    const root = doc.getElementById('dense')!.shadowRoot!;
    await until(() => root.querySelector('canvas.density'));
    expect(root.querySelector('.status')?.textContent).toMatch(/1,000 events in view/);
    // One focusable event stands for them all.
    expect(options(doc, 'dense')).toHaveLength(1);
    const atLoad = (pageWindow() as unknown as Window & { atLoad: Record<string, Record<string, number>> })
      .atLoad;
    expect(atLoad['dense']).toMatchObject({ band: true, marks: 1 });
    expect(chunk('dense-part')).toBe(true);
  });

  it('draws view="table" as the table of every event, with the table part it fetches', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-parts.html');
    const root = doc.getElementById('table')!.shadowRoot!;
    const rows = await until(() => {
      const found = root.querySelectorAll('.table tbody tr');
      return found.length > 0 && found;
    });
    expect(rows).toHaveLength(idlib2018Input.events.length);
    expect(root.querySelector('.table')!.getBoundingClientRect().height).toBeGreaterThan(300);
    const atLoad = (pageWindow() as unknown as Window & { atLoad: Record<string, Record<string, number>> })
      .atLoad;
    expect(atLoad['table']?.['rows']).toBe(idlib2018Input.events.length);
    expect(chunk('table-part')).toBe(true);
  });

  it('draws zoom-controls with its five buttons, from the part it fetches', async () => {
    const doc = await openPage('/tests/browser/pages/bundle-parts.html');
    await until(() => options(doc, 'buttons').length > 0);
    const root = doc.getElementById('buttons')!.shadowRoot!;
    const labels = [...root.querySelectorAll('.zoom-controls button')].map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(labels).toHaveLength(5);
    expect(labels).toContain('Zoom in');
    const atLoad = (pageWindow() as unknown as Window & { atLoad: Record<string, Record<string, number>> })
      .atLoad;
    expect(atLoad['buttons']?.['buttons']).toBe(5);
    expect(chunk('render-zoom-controls')).toBe(true);
  });
});
