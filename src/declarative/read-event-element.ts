/**
 * Reads `<timeline-event>` children as events, so a page can write its timeline in HTML that is
 * readable before any script runs:
 *
 * ```html
 * <timeline-event id="surrender" start="2018-02-13" category="surrender" confidence="claimed">
 *   <h3>Up to 400 IS fighters surrender</h3>
 *   <p>What happened, in a sentence or two.</p>
 *   <blockquote cite="https://syriadirect.org/…">The sentence the event rests on.</blockquote>
 *   <cite><a href="https://syriadirect.org/…">Syria Direct</a>, <time datetime="2018-02-13">13 February 2018</time></cite>
 * </timeline-event>
 * ```
 *
 * Only text and attributes are read (`textContent`, `getAttribute`): markup in the page is never
 * copied into the timeline. Validation then checks the result like any other dataset.
 */
import type { Confidence, Media, Source, TimelineEventInput } from '../data/types';

/** The tag of an event written in HTML. */
export const EVENT_TAG = 'timeline-event';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** The `<timeline-event>` elements that are direct children of `host`, in document order. */
export function eventElements(host: Element): Element[] {
  return [...host.children].filter((child) => child.localName === EVENT_TAG);
}

/** Every `<timeline-event>` child of `host`, as event input for validation. */
export function readEventElements(host: Element): TimelineEventInput[] {
  return eventElements(host).map(readEventElement);
}

/**
 * One `<timeline-event>` as event input. Attributes: `id`, `start`, `end`, `category`,
 * `confidence`, `approximate` (present or absent), `date-text`. Content: the first heading is the
 * title, paragraphs are the summary, each `<cite>` a source whose quote is the `<blockquote>` or
 * `<q>` it sits in or comes right after, each `<figure>` a picture with its caption.
 */
export function readEventElement(element: Element): TimelineEventInput {
  const attribute = (name: string) => element.getAttribute(name)?.trim() ?? '';
  const heading = element.querySelector(HEADINGS);
  const event: TimelineEventInput = {
    id: attribute('id'),
    title: text(heading),
    start: attribute('start'),
  };
  const optional: [keyof TimelineEventInput, string][] = [
    ['end', attribute('end')],
    ['category', attribute('category')],
    ['dateText', attribute('date-text')],
  ];
  for (const [key, value] of optional) if (value) (event as unknown as Record<string, string>)[key] = value;
  const confidence = attribute('confidence');
  if (confidence) event.confidence = confidence as Confidence;
  if (element.hasAttribute('approximate')) event.approximate = true;

  const paragraphs = [...element.querySelectorAll('p')].filter((p) => !p.closest('blockquote, figure, cite'));
  const summary = paragraphs.map(text).filter(Boolean).join('\n');
  if (summary) event.summary = summary;
  const sources = [...element.querySelectorAll('cite')].map(readSource);
  if (sources.length > 0) event.sources = sources;
  const media = [...element.querySelectorAll('figure')].map(readFigure).filter((m): m is Media => m !== null);
  if (media.length > 0) event.media = media;
  return event;
}

function readSource(cite: Element): Source {
  const link = cite.querySelector('a[href]');
  const quoted = cite.closest('blockquote, q') ?? previousQuote(cite);
  const source: Source = {
    publisher: text(link) || textExcept(cite, 'time').replace(/[\s,;–—-]+$/, ''),
    quote: quoted ? textExcept(quoted, 'cite, footer') : '',
  };
  const url = link?.getAttribute('href') || quoted?.getAttribute('cite');
  if (url) source.url = absolute(url, cite);
  const date = cite.querySelector('time[datetime]')?.getAttribute('datetime');
  if (date) source.date = date.trim();
  return source;
}

/** The quote a `<cite>` follows: the element just before it, or just before its paragraph. */
function previousQuote(cite: Element): Element | null {
  for (const candidate of [cite.previousElementSibling, cite.parentElement?.previousElementSibling]) {
    if (candidate?.matches('blockquote, q')) return candidate;
  }
  return null;
}

function readFigure(figure: Element): Media | null {
  const caption = text(figure.querySelector('figcaption'));
  const image = figure.querySelector('img');
  const alt = image?.getAttribute('alt')?.trim() ?? '';
  if (!caption && !alt) return null;
  const media: Media = { caption: caption || alt };
  const src = image?.getAttribute('src');
  if (src) media.url = absolute(src, figure);
  if (alt) media.alt = alt;
  return media;
}

/** Text as a reader sees it: whitespace from the page's indentation collapsed. */
function text(node: Node | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of `element` outside any descendant matching `skip` (a quote without its attribution). */
function textExcept(element: Element, skip: string): string {
  let result = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const skipped = parent?.closest(skip);
    if (!skipped || !element.contains(skipped) || skipped === element) result += node.textContent ?? '';
  }
  return result.replace(/\s+/g, ' ').trim();
}

/** Relative links are resolved against the page, as a reader clicking them would get. */
function absolute(url: string, context: Node): string {
  try {
    return new URL(url.trim(), context.baseURI).href;
  } catch {
    return url.trim();
  }
}
