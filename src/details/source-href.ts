/**
 * Which source URLs the details panel turns into links. A dataset is not trusted: a `javascript:`
 * link runs code when clicked, so only `http:` and `https:` addresses, as the browser parses them,
 * ever reach an `href`.
 */

/**
 * `url` as an absolute `http:` or `https:` address, or null. The check runs on the parsed URL, not
 * the text, so `" JaVaScRiPt:…"` and `"java\tscript:…"` are caught. Relative URLs are refused (a
 * dataset is read on many pages), and so are URLs with a user name or password, which disguise
 * where a link goes (`https://trusted.org@evil.example/`).
 */
export function sourceHref(url: unknown): string | null {
  if (typeof url !== 'string' || url.trim() === '' || url.length > 8192) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
