/**
 * A timeline as it is drawn now, as a standalone SVG file: the heading, the key and the chart, with
 * every colour and font resolved from the current theme and tokens into plain attributes, so the
 * file looks the same with no stylesheet, in any viewer, and can be edited in a drawing program.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed properties copied onto each exported element as presentation attributes. */
const SHAPE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
] as const;
const TEXT_PROPERTIES = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-decoration'] as const;

/** Values that are what SVG assumes anyway: left out to keep the file small. */
const INITIAL_VALUES: Record<string, string> = {
  opacity: '1',
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  stroke: 'none',
  'font-style': 'normal',
  'text-decoration': 'none',
};

/** Attributes that only mean something inside the component. */
const INTERNAL_ATTRIBUTES = ['part', 'aria-hidden', 'tabindex', 'role'];

const HEADING_SIZE = 16;
const KEY_ROW = 20;
const PADDING = 12;

export interface SvgExportInput {
  /** The component's shadow root, where the drawing is. */
  root: ShadowRoot;
  /** The element whose computed tokens give the background and text colours. */
  host: Element;
  /** The timeline's heading, written above the chart and as the file's `<title>`. */
  heading?: string;
  /** Measures text in a CSS font, for laying out the key. */
  measure: (text: string, font: string) => number;
}

/** The drawing as an SVG document (text, with an XML declaration). Never throws. */
export function exportSVG({ root, host, heading, measure }: SvgExportInput): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  const hostStyle = getComputedStyle(host);
  // The host paints the theme's background; a page that made it transparent gets white, as on screen.
  const background = /^rgba\(.*,\s*0\)$|^transparent$/.test(hostStyle.backgroundColor)
    ? '#ffffff'
    : hostStyle.backgroundColor;
  const text = hostStyle.color;
  const fontFamily = hostStyle.fontFamily;
  const chart = root.querySelector<SVGSVGElement>('svg.chart');
  const width = Math.max(
    1,
    Math.round(Number(chart?.getAttribute('width')) || host.getBoundingClientRect().width || 600),
  );

  let y = PADDING;
  const parts: Element[] = [];
  if (heading) {
    const title = element(doc, 'text', {
      x: PADDING,
      y: y + HEADING_SIZE,
      'font-family': fontFamily,
      'font-size': HEADING_SIZE,
      'font-weight': 700,
      fill: text,
    });
    title.textContent = heading;
    parts.push(title);
    y += HEADING_SIZE + 10;
  }
  const key = exportKey(doc, root, width, measure);
  if (key) {
    key.group.setAttribute('transform', `translate(${PADDING}, ${y})`);
    parts.push(key.group);
    y += key.height + 8;
  }
  const chartHeight = Number(chart?.getAttribute('height')) || 0;
  if (chart) {
    const copy = inlineCopy(doc, chart);
    const group = element(doc, 'g', { class: 'chart', transform: `translate(0, ${y})` });
    // Canvas layers (the density band) are pictures, not DOM: they go in as images, under the chart.
    group.append(...canvasImages(doc, root, chart));
    while (copy.firstChild) group.append(copy.firstChild);
    parts.push(group);
  } else {
    // Nothing drawn yet (loading, empty, an error): say so rather than hand back a blank file.
    const status = element(doc, 'text', {
      x: PADDING,
      y: y + 14,
      'font-family': fontFamily,
      'font-size': 13,
      fill: text,
    });
    status.textContent = root.querySelector('.status, .notice')?.textContent?.trim() ?? '';
    parts.push(status);
  }
  const height = Math.ceil(y + Math.max(chartHeight, 24) + PADDING);

  for (const [name, value] of Object.entries({
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': fontFamily,
  })) {
    svg.setAttribute(name, String(value));
  }
  if (heading) {
    const title = element(doc, 'title', {});
    title.textContent = heading;
    svg.append(title);
  }
  svg.append(element(doc, 'rect', { width: '100%', height: '100%', fill: background }), ...parts);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** Every drawn canvas in the chart's area, as an `<image>` placed where it sits over the chart. */
function canvasImages(doc: XMLDocument, root: ShadowRoot, chart: SVGSVGElement): Element[] {
  const origin = chart.getBoundingClientRect();
  const images: Element[] = [];
  for (const canvas of root.querySelectorAll('canvas')) {
    const box = canvas.getBoundingClientRect();
    if (canvas.width === 0 || canvas.height === 0 || box.width === 0 || box.height === 0) continue;
    let href: string;
    try {
      href = canvas.toDataURL('image/png');
    } catch {
      continue; // a canvas we may not read: leave it out rather than fail the export
    }
    images.push(
      element(doc, 'image', {
        x: round(box.left - origin.left),
        y: round(box.top - origin.top),
        width: round(box.width),
        height: round(box.height),
        href,
        preserveAspectRatio: 'none',
      }),
    );
  }
  return images;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The key's entries (swatch and words) laid out in rows as wide as the chart. */
function exportKey(
  doc: XMLDocument,
  root: ShadowRoot,
  width: number,
  measure: SvgExportInput['measure'],
): { group: Element; height: number } | null {
  const entries = [...root.querySelectorAll<HTMLLIElement>('.key li')];
  if (entries.length === 0) return null;
  const group = element(doc, 'g', { class: 'key' });
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const swatch = entry.querySelector('svg');
    const words = (entry.textContent ?? '').replace(/\s+/g, ' ').trim();
    const style = getComputedStyle(entry);
    const font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const swatchWidth = Number(swatch?.getAttribute('width')) || 14;
    const entryWidth = swatchWidth + 6 + measure(words, font) + 16;
    if (x > 0 && x + entryWidth > width - 2 * PADDING) {
      x = 0;
      row++;
    }
    const top = row * KEY_ROW;
    if (swatch) {
      const copy = inlineCopy(doc, swatch);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(top + (KEY_ROW - 14) / 2 - 3));
      group.append(copy);
    }
    const label = element(doc, 'text', {
      x: x + swatchWidth + 6,
      y: top + 11,
      'font-family': style.fontFamily,
      'font-size': style.fontSize,
      fill: style.color,
    });
    label.textContent = words;
    group.append(label);
    x += entryWidth;
  }
  return { group, height: (row + 1) * KEY_ROW };
}

/** A copy of a live SVG subtree with its computed styles written in as attributes. */
function inlineCopy(doc: XMLDocument, live: SVGElement): Element {
  const copy = doc.importNode(live, true) as Element;
  const liveElements = [live, ...live.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  liveElements.forEach((source, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(source);
    for (const name of INTERNAL_ATTRIBUTES) target.removeAttribute(name);
    const properties =
      source.localName === 'text' ? [...SHAPE_PROPERTIES, ...TEXT_PROPERTIES] : SHAPE_PROPERTIES;
    for (const name of [...properties, 'mask']) {
      const value = standalone(style.getPropertyValue(name).trim());
      const initial = INITIAL_VALUES[name];
      if (!value || value === initial || (initial && value.startsWith(`${initial} `))) continue;
      if (name === 'mask' && value === 'none') continue;
      target.setAttribute(name, value);
    }
  });
  // Lit's markers are comments: nothing in a file.
  const walker = doc.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return copy;
}

/**
 * A computed value that means the same in a file of its own: `url("…#soft-fade")` (which may
 * carry the page's address) becomes `url(#soft-fade)`, pointing into the file itself.
 */
function standalone(value: string): string {
  if (value.includes('var(')) return '';
  return value.replace(/url\((['"]?)[^)'"]*?#([\w-]+)\1\)/g, 'url(#$2)');
}

function element(doc: XMLDocument, name: string, attributes: Record<string, string | number>): Element {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}
