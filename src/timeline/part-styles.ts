/**
 * A part that draws something of its own (zoom buttons, markers, swimlanes, the vertical layout)
 * brings its stylesheet with it, as `styles`, rather than weigh on the code every page downloads
 * before the first draw. The timeline's shadow root takes it when the part arrives, before the
 * render that first draws with it.
 */
import type { CSSResult } from 'lit';

const given = new WeakMap<ShadowRoot, Set<CSSResult>>();

export function adoptPartStyles(host: unknown, part: unknown): void {
  const styles = (part as { styles?: CSSResult } | null)?.styles;
  const root = (host as { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (!styles || !root) return;
  const taken = given.get(root) ?? new Set();
  if (taken.has(styles)) return;
  given.set(root, taken.add(styles));
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else {
    // Without constructable stylesheets, a <style>, with Lit's nonce for a strict CSP, as Lit does.
    const element = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = styles.cssText;
    root.append(element);
  }
}
