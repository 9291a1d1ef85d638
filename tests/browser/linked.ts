/** Helpers for companion components linked to a timeline with `for`. */
import '../../src/index';

/** Adds `<tag for="…">` next to the timeline (inside its test container, so unmountAll removes it). */
export function mountCompanion<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  timeline: HTMLElement,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  if (!timeline.id) timeline.id = `timeline-${Math.random().toString(36).slice(2)}`;
  const element = document.createElement(tag);
  element.setAttribute('for', timeline.id);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  timeline.parentElement!.append(element);
  return element;
}

/** Waits until `predicate` holds for the element's shadow root, re-checking after each render. */
export async function until<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  element: T,
  predicate: (root: ShadowRoot) => boolean,
  timeout = 4000,
): Promise<ShadowRoot> {
  const started = performance.now();
  for (;;) {
    await element.updateComplete;
    const root = element.shadowRoot;
    if (root && predicate(root)) return root;
    if (performance.now() - started > timeout)
      throw new Error(`${element.localName} did not get there in time`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
