/**
 * Reduces the HTML that other timeline formats allow in text ("<p>Born in <em>Florida</em></p>")
 * to plain text. Pure string work, never a DOM: imported markup is never parsed into the page, so
 * a `<script>` or an `onerror` in a file can do nothing.
 */

/** Elements whose content is code or metadata, not text a reader should see. */
const HIDDEN_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
]);

/** Elements that end a line of text, so "<p>One</p><p>Two</p>" reads "One Two", not "OneTwo". */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
  szlig: 'ß',
  times: '×',
  minus: '−',
  euro: '€',
  pound: '£',
};

/** A tag, a comment or a doctype (CDATA too: HTML reads it as a comment); attribute values may hold `>` in quotes. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<\/?([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;

/**
 * Plain text from an HTML fragment: tags dropped, entities decoded, whitespace collapsed, blocks
 * separated by one space (or a line break with `keepLines`). Anything that is not a string gives "".
 */
export function htmlToText(html: unknown, { keepLines = false } = {}): string {
  if (typeof html !== 'string' || html === '') return '';
  let text = '';
  let hiddenUntil: string | null = null;
  let last = 0;
  for (const match of html.matchAll(MARKUP)) {
    const [markup, tagName] = match;
    const at = match.index;
    if (hiddenUntil === null) text += html.slice(last, at);
    last = at + markup.length;
    if (!tagName) continue;
    const name = tagName.toLowerCase();
    const closing = markup.startsWith('</');
    if (hiddenUntil !== null) {
      if (closing && name === hiddenUntil) hiddenUntil = null;
      continue;
    }
    if (!closing && HIDDEN_CONTENT.has(name) && !markup.endsWith('/>')) {
      hiddenUntil = name;
      continue;
    }
    if (BLOCKS.has(name)) text += '\n';
  }
  if (hiddenUntil === null) text += html.slice(last);
  const decoded = decodeEntities(text);
  const lines = decoded.split('\n').map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim());
  return lines.filter(Boolean).join(keepLines ? '\n' : ' ');
}

/** Decodes `&amp;`, `&#39;`, `&#x2014;` and the common named entities; leaves unknown ones as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/g,
    (entity, body: string) => {
      if (body.startsWith('#')) {
        const code =
          body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        // Nulls, surrogates and out-of-range code points become the replacement character, as in HTML.
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
        return String.fromCodePoint(code);
      }
      return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    },
  );
}
