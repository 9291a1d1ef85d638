/**
 * A link to a dataset URL (a source, a picture's page), the only way components render one.
 * The URL goes through `safeHref`, so only `http:` and `https:` become links, and every link
 * carries `rel="noopener noreferrer"`: the page it opens gets no handle on ours and no referrer.
 * Anything else is shown as plain text, so the reader still sees what the dataset said.
 */
import { html, type TemplateResult } from 'lit';

import { safeHref } from '../data/safe-url';

export function externalLink(
  url: unknown,
  content: unknown,
  base: string = document.baseURI,
): TemplateResult {
  const href = safeHref(url, base);
  if (href === null) return html`${content}`;
  return html`<a href=${href} rel="noopener noreferrer" target="_blank">${content}</a>`;
}
