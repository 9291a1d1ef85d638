/**
 * How much text a dataset field may hold. Datasets exported by hand sometimes paste a whole
 * document into a cell; drawing a megabyte as a label, or reading it out as an accessible name,
 * would freeze the page. Longer text is cut, with a warning, rather than drawn.
 */
import { problemReason } from '../i18n/problem-reasons';
import { en } from '../i18n/messages';

/** Most characters kept in each kind of field. */
export const TEXT_LIMITS = {
  /** Ids end up in DOM ids and attribute selectors. */
  id: 200,
  /** One line: titles, names, categories, publishers, credits. */
  line: 500,
  /** A passage: summaries, quotes, captions, alt text. */
  passage: 10_000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

const ELLIPSIS = '…';

/**
 * `text` cut to at most `limit` characters, ending in an ellipsis when cut. Never splits a
 * surrogate pair, so an emoji or a rare CJK character is kept whole or left out whole.
 */
export function shortenText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/** An id cut to the id limit, with no ellipsis: it names the event, it is not read. */
export function shortenId(id: string): string {
  if (id.length <= TEXT_LIMITS.id) return id;
  let end = TEXT_LIMITS.id;
  const last = id.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return id.slice(0, end);
}

/** Why a text was cut, for a validation warning: "is 1,048,576 characters long; cut to 500". */
export function describeCut(length: number, limit: number): string {
  return problemReason(en, { code: 'too-long', values: { count: length, limit }, reason: '' });
}
