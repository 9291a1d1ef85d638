/**
 * Which URLs from a dataset may become a link or a picture. A dataset is not trusted: a
 * `javascript:` link runs code when clicked, and a `data:` or `blob:` one shows a page the dataset
 * wrote. So only `http:` and `https:` addresses ever reach an `href` or `src`.
 *
 * Every component that renders a dataset URL renders it through `safeHref`, never the raw string.
 */

/** Longest URL accepted: anything longer is a pasted document, not a link. */
export const MAX_URL_LENGTH = 8192;

const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * `url` as an absolute `http:` or `https:` address, safe to put in an `href` or `src`, or null.
 *
 * The check runs on the URL as a browser parses it, not on the text, so `" JaVaScRiPt:alert(1)"`,
 * `"java\tscript:…"` and `"\u0000javascript:…"` are all caught. Relative URLs are resolved against
 * `base` (a page passes `document.baseURI`); without a base only absolute URLs pass. URLs with a
 * user name or password (`https://trusted.org@evil.example/`) are refused: they disguise where a
 * link goes.
 */
export function safeHref(url: unknown, base?: string | URL): string | null {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH || url.trim() === '') return null;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** Where relative dataset URLs are resolved while validating, before the page that shows them is known. */
const SOME_PAGE = 'https://page.invalid/';

/**
 * Whether `url` can become a link once resolved against a page: `https://…`, `http://…` and
 * relative paths can; `javascript:`, `data:`, `mailto:` and the like cannot.
 */
export function isLinkable(url: string): boolean {
  return safeHref(url, SOME_PAGE) !== null;
}
