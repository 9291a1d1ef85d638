/**
 * Text that would run code, or change the page, if a component ever treated data as markup, a
 * URL or a template. Shared by the browser tests, the strict-CSP page test and the HostileText
 * story. Each payload that could run sets `window.__pwned`, so a test only has to check that it
 * is still undefined.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned = 'img'">`,
  `<svg onload="window.__pwned = 'svg'"></svg>`,
  `<svg><script>window.__pwned = 'svg script'</script></svg>`,
  `"><img src=x onerror=window.__pwned='attribute'>`,
  `' onmouseover='window.__pwned = 1' x='`,
  `</text><foreignObject><img src=x onerror="window.__pwned='foreign'"></foreignObject><text>`,
  `<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>`,
  `<a href="javascript:window.__pwned = 'link'">read more</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
  `<style>:host, * { display: none !important }</style>`,
  `javascript:window.__pwned = 'url'`,
  ` JaVaScRiPt:window.__pwned = 'url'`,
  `data:text/html,<script>window.__pwned = 'data'</script>`,
  '${window.__pwned = "template literal"}',
  `{{constructor.constructor('window.__pwned = "angular"')()}}`,
  `<%= window.__pwned = 'erb' %>`,
  `<!--?lit$123456789$--><?lit$123456789$>`,
  `&lt;b&gt;escaped already&lt;/b&gt; &amp; &#x3C;`,
  `\u202Eevil.exe\u202C reversed`,
  `\u2067right-to-left isolate left open`,
  `zero\u200Bwidth\u0000null`,
  `<!-- an unclosed comment`,
  `]]> <![CDATA[ x`,
];

/** Events carrying the payloads in every text field, each with a valid title and date. */
export function hostileEvents(): Record<string, unknown>[] {
  return HOSTILE_TEXTS.map((text, i) => ({
    id: `hostile-${i} ${text}`,
    title: text,
    title_ar: text,
    start: `2018-01-${String(i + 1).padStart(2, '0')}`,
    summary: text,
    category: i % 3 === 0 ? text : 'ordinary',
    actors: [text],
    places: [{ name: text, lat: 35.9, lon: 36.6 }],
    sources: [{ publisher: text, title: text, quote: text, url: text, account: text, via: text }],
    media: [{ caption: text, credit: text, alt: text, url: text }],
    confidence: 'claimed',
    // A field name is data too: it is quoted in the problems notice.
    [text]: 'unknown field',
  }));
}
