import { afterEach, describe, expect, it } from 'vitest';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { syntheticEvents } from '../../src/data/synthetic';
import { THEMES, THEME_NAMES } from '../../src/timeline/themes';
import csvUrl from '../fixtures/csv/timeline-template.csv?url';
import erasUrl from '../fixtures/timelinejs/eras.json?url';
import cosmosUrl from '../fixtures/timelinejs/cosmo-mixed.json?url';
import { markIds, mountTimeline, options, unmountAll, untilDrawn } from './mount';
import { mountCompanion, until } from './linked';

afterEach(unmountAll);

/** `#rrggbb` as the `rgb(r, g, b)` that getComputedStyle reports. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('theme', () => {
  it.each(THEME_NAMES)('theme="%s" paints the background, labels and marks in its colours', async (name) => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { theme: name } });
    const root = await untilDrawn(timeline);
    const tokens = THEMES[name];
    expect(getComputedStyle(timeline).backgroundColor).toBe(rgb(tokens['--timeline-background']!));
    expect(getComputedStyle(root.querySelector('text.label')!).fill).toBe(rgb(tokens['--timeline-text']!));
    // The first category's marks use the theme's first category colour.
    const firstCategory = root.querySelector('g.event.c0 .mark')!;
    expect(getComputedStyle(firstCategory).stroke).toBe(rgb(tokens['--timeline-category-0']!));
  });

  it("the details, legend and overview take the linked timeline's theme, unless they name their own", async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { theme: 'dark' } });
    const details = mountCompanion('timeline-details', timeline);
    const legend = mountCompanion('timeline-legend', timeline);
    const overview = mountCompanion('timeline-overview', timeline);
    const own = mountCompanion('timeline-details', timeline, { theme: 'high-contrast' });
    await untilDrawn(timeline);
    const dark = THEMES.dark;
    for (const companion of [details, legend, overview]) {
      await until(companion, () => companion.getAttribute('linked-theme') === 'dark');
      expect(getComputedStyle(companion).backgroundColor).toBe(rgb(dark['--timeline-background']!));
      expect(getComputedStyle(companion).color).toBe(rgb(dark['--timeline-text']!));
    }
    expect(getComputedStyle(own).backgroundColor).toBe(
      rgb(THEMES['high-contrast']['--timeline-background']!),
    );
    // Changing the timeline's theme restyles its companions.
    timeline.theme = 'print';
    await until(legend, () => legend.getAttribute('linked-theme') === 'print');
    expect(getComputedStyle(legend).backgroundColor).toBe(rgb(THEMES.print['--timeline-background']!));
    expect(getComputedStyle(legend).fontFamily).toMatch(/^Georgia/);
    timeline.removeAttribute('theme');
    await until(details, () => !details.hasAttribute('linked-theme'));
  });

  it('theme="print" uses a serif face; high-contrast draws bigger marks and bolder labels', async () => {
    const print = await untilDrawn(mountTimeline({ events: idlib2018Input, attributes: { theme: 'print' } }));
    expect(getComputedStyle(print.querySelector('text.label')!).fontFamily).toMatch(/^Georgia/);
    const plain = await untilDrawn(mountTimeline({ events: idlib2018Input }));
    const contrast = await untilDrawn(
      mountTimeline({ events: idlib2018Input, attributes: { theme: 'high-contrast' } }),
    );
    const size = (root: ShadowRoot) =>
      Math.max(
        ...[...root.querySelectorAll('g.event path.mark')].map((m) => m.getBoundingClientRect().width),
      );
    expect(size(contrast)).toBeGreaterThan(size(plain));
    expect(getComputedStyle(contrast.querySelector('text.label')!).fontWeight).toBe('700');
  });

  it('a page can still set any token on top of a theme', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { theme: 'dark' } });
    timeline.style.setProperty('--timeline-background', '#102030');
    await untilDrawn(timeline);
    expect(getComputedStyle(timeline).backgroundColor).toBe('rgb(16, 32, 48)');
    expect(getComputedStyle(timeline).color).toBe(rgb(THEMES.dark['--timeline-text']!));
  });

  it('--timeline-mark-size and --timeline-lane-height change the drawing, and its targets follow', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    timeline.style.setProperty('--timeline-mark-size', '20px');
    timeline.style.setProperty('--timeline-lane-height', '56px');
    const root = await untilDrawn(timeline);
    const widths = [...root.querySelectorAll('g.event path.mark')].map(
      (m) => m.getBoundingClientRect().width,
    );
    // The circles are 20px across; squares and triangles fit inside the same circle.
    expect(Math.max(...widths)).toBeCloseTo(20, 0);
    const lanes = [...root.querySelectorAll('rect.lane')].map((r) => r.getBoundingClientRect().height);
    expect(lanes.length).toBeGreaterThan(1);
    expect(lanes.every((h) => Math.abs(h - 56) < 0.5)).toBe(true);
  });
});

describe('format and src: importers', () => {
  it('format="csv" loads a TimelineJS spreadsheet CSV: every row an event, eras as periods', async () => {
    const timeline = mountTimeline({ attributes: { src: csvUrl, format: 'csv' } });
    const root = await untilDrawn(timeline);
    expect(options(root)).toHaveLength(6);
    expect(timeline.problems).toEqual([]);
    const periods = [...root.querySelectorAll('g.period')].map((g) => g.getAttribute('data-id'));
    expect(periods).toHaveLength(2);
    expect(root.querySelector('ul.visually-hidden')?.textContent).toMatch(/Early modern/);
  });

  it('format="timelinejs" loads TimelineJS JSON, with its eras drawn as bands behind the events', async () => {
    const timeline = mountTimeline({ attributes: { src: erasUrl, format: 'timelinejs' } });
    const root = await untilDrawn(timeline);
    expect(markIds(root)).toHaveLength(20);
    const bands = [...root.querySelectorAll<SVGGElement>('g.period')];
    expect(bands.map((b) => b.querySelector('text')?.textContent)).toEqual([
      'Era Test 600-650',
      'Era Test 650-700',
      'Era Test 700-720',
    ]);
    // Bands sit behind the marks: they come first in the drawing.
    const first = root.querySelector('g.periods')!;
    expect(
      first.compareDocumentPosition(root.querySelector('g.event')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('deep time draws: the Big Bang and the Hubble telescope on one axis, nothing lost', async () => {
    const timeline = mountTimeline({ attributes: { src: cosmosUrl, format: 'timelinejs' } });
    const root = await untilDrawn(timeline);
    expect(options(root)).toHaveLength(11);
    const xs = [...root.querySelectorAll('g.event')].map(
      (g) => g.querySelector('.mark')!.getBoundingClientRect().x,
    );
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(options(root)[0]!.getAttribute('aria-label')).toMatch(/^13\.8 billion BC: The Big Bang/);
  });

  it('the wrong format is an error the reader can act on, not a blank timeline', async () => {
    const timeline = mountTimeline({ attributes: { src: csvUrl, format: 'timelinejs' } });
    const root = await untilDrawn(timeline, (r) => r.querySelector('[role="alert"]') !== null);
    // The CSV is refused as JSON by its content type, before parsing.
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/text\/csv, not JSON/);
    timeline.setAttribute('format', 'csv');
    await untilDrawn(timeline);
  });
});

describe('export', () => {
  it('toSVG() is a valid standalone SVG document with the heading, key, marks and theme colours', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: { theme: 'dark', heading: 'Eastern Idlib' },
    });
    await untilDrawn(timeline);
    const text = timeline.toSVG();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.localName).toBe('svg');
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(900);
    expect(doc.querySelector('title')?.textContent).toBe('Eastern Idlib');
    // Standalone: no custom properties, no stylesheet, and every url(#id) points inside the file.
    expect(text).not.toMatch(/var\(--/);
    expect(doc.querySelector('style, link, script, foreignObject')).toBeNull();
    for (const ref of text.matchAll(/url\(#([\w-]+)\)/g)) expect(doc.getElementById(ref[1]!)).not.toBeNull();
    // One mark per event, and the theme's colours and font stack written in.
    expect(doc.querySelectorAll('g.event')).toHaveLength(idlib2018Input.events.length);
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe(rgb(THEMES.dark['--timeline-background']!));
    const label = doc.querySelector('text.label')!;
    expect(label.getAttribute('fill')).toBe(rgb(THEMES.dark['--timeline-text']!));
    expect(label.getAttribute('font-family')).toMatch(/system-ui.*sans-serif$/);
    expect(doc.querySelector('.key text')?.textContent).toMatch(/\w/);
  });

  it('toSVG() renders as an image of the right size in the browser, with the dark background', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { theme: 'dark' } });
    await untilDrawn(timeline);
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(timeline.toSVG())}`;
    await image.decode();
    expect(image.naturalWidth).toBe(1000);
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(2, 2, 1, 1).data;
    expect(`rgb(${r}, ${g}, ${b})`).toBe(rgb(THEMES.dark['--timeline-background']!));
  });

  it('toPNG() is a PNG at the scale asked for', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 600 });
    await untilDrawn(timeline);
    const blob = await timeline.toPNG({ scale: 2 });
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBe(1200);
    const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...signature]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it('toSVG() of a dense timeline keeps the density band, as an image where the canvas sits', async () => {
    const timeline = mountTimeline({ events: syntheticEvents(2_000, 3), width: 800 });
    const root = await untilDrawn(timeline, (r) => r.querySelector('canvas.density') !== null);
    const doc = new DOMParser().parseFromString(timeline.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const band = doc.querySelector('g.chart image');
    expect(band?.getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    const canvas = root.querySelector('canvas.density')!.getBoundingClientRect();
    expect(Number(band?.getAttribute('width'))).toBeCloseTo(canvas.width, 0);
    expect(Number(band?.getAttribute('height'))).toBeCloseTo(canvas.height, 0);
    // The picture is the band, not an empty canvas: some pixel in it is painted.
    const image = new Image();
    image.src = band!.getAttribute('href')!;
    await image.decode();
    const paint = document.createElement('canvas');
    [paint.width, paint.height] = [image.naturalWidth, image.naturalHeight];
    const context = paint.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, paint.width, paint.height).data;
    expect(pixels.some((value, i) => i % 4 === 3 && value > 0)).toBe(true);
  });

  it('toSVG() called before the export part is here is a valid file that says it is not ready, then the drawing', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { heading: 'Eastern Idlib' } });
    // At once, before the first draw: the code that copies the drawing is fetched just after it.
    const early = new DOMParser().parseFromString(timeline.toSVG(), 'image/svg+xml');
    expect(early.querySelector('parsererror')).toBeNull();
    expect(early.documentElement.localName).toBe('svg');
    expect(early.documentElement.textContent).toMatch(/Loading the timeline/);
    await untilDrawn(timeline);
    const drawn = new DOMParser().parseFromString(timeline.toSVG(), 'image/svg+xml');
    expect(drawn.querySelectorAll('g.event')).toHaveLength(idlib2018Input.events.length);
  });

  it('toSVG() before anything is drawn still gives a valid file that says why it is empty', async () => {
    const timeline = mountTimeline({ events: [] });
    await untilDrawn(timeline, (r) => r.querySelector('.status') !== null);
    const doc = new DOMParser().parseFromString(timeline.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.textContent).toMatch(/no events/);
  });
});
