/**
 * The density band's part (dense-part.ts), fetched ahead of need. A timeline with more than 300
 * events in view holds its first draw until this part is here; a page that loads the bundle and
 * then its data (the usual order) fetches it while idle (src/event-timeline.bundle.ts), and the
 * timeline then draws with it at once, without waiting another turn for `import()` to settle.
 */
import type * as DensePart from './dense-part';

let arrived: typeof DensePart | undefined;

/** Fetches the part; a failure is left for the timeline's own fetch to meet and report. */
export function preloadDensePart(): Promise<void> {
  return loadDensePart().then(
    () => undefined,
    () => undefined,
  );
}

/** The part, fetched if it is not here yet. */
export function loadDensePart(): Promise<typeof DensePart> {
  return arrived ? Promise.resolve(arrived) : import('./dense-part').then((part) => (arrived = part));
}

/** The part if it has already arrived. */
export function densePartIfHere(): typeof DensePart | undefined {
  return arrived;
}
