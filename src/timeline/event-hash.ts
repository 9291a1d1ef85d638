/**
 * Permalinks to an event: `#event=<id>` in the page URL. Pure string work; other parameters in
 * the hash (`#chapter=2&event=x`) are kept as they are.
 */

const KEY = 'event';

/** The event id a URL hash names (`#event=is-surrender`), or null. Never throws. */
export function eventIdFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(KEY);
  return id ? id : null;
}

/** `hash` with its event set to `id`, or taken out when `id` is null. Returns '' or '#…'. */
export function hashWithEvent(hash: string, id: string | null): string {
  const text = hash.replace(/^#/, '');
  // A plain anchor (`#chapter-2`) is not a list of parameters: a permalink replaces it.
  const params = new URLSearchParams(text.includes('=') ? text : '');
  if (id === null) params.delete(KEY);
  else params.set(KEY, id);
  const out = params.toString();
  return out ? `#${out}` : '';
}
