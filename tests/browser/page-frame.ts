/** Helpers for tests that open a real page of this repository (the demo, the bundle pages) in a frame. */

let frame: HTMLIFrameElement | undefined;

/** Loads a page in a frame of its own: its own document, its own element registry. */
export async function openPage(path: string): Promise<Document> {
  frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The window of the page opened last, to reach its own globals (its KeyboardEvent, its registry). */
export function pageWindow(): Window & typeof globalThis {
  return frame!.contentWindow as Window & typeof globalThis;
}

/** Removes the page opened last; for `afterEach`. */
export function closePage(): void {
  frame?.remove();
  frame = undefined;
}

/** Waits, a frame at a time, for something the reader would see. */
export async function until<T>(read: () => T | null | undefined | false, timeout = 10_000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error('the page did not get there in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
