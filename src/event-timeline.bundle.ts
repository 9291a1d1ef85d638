/**
 * The entry of dist/event-timeline.bundle.js: the one file a page without a build step loads (also
 * what unpkg and jsDelivr serve). It holds what the first draw needs, `<event-timeline>` with Lit
 * inside, and registers it (event-timeline.ts). The rest waits in dist/chunks/, beside it, until needed:
 *
 * - the companion elements (`<timeline-details>`, `-legend`, `-overview`, `-event`, `-marker`): at
 *   once when the page has them, else after a timeline first loads its data;
 * - d3-zoom and what it pulls in (wheel, pinch and drag): after the first draw (deferred-zoom.ts);
 * - the loader of `src` (load-dataset.ts): when a timeline first has a `src`, since most are given
 *   their events instead;
 * - the TimelineJS and CSV readers: when a `format` asks for one (load-dataset.ts);
 * - the Arabic words: when a locale is Arabic (messages.ts, catalogue-controller.ts);
 * - the PNG painter: when `toPNG()` is called;
 * - the density band: once the page is idle, since a timeline with many events would wait for it
 *   (idle-warm-up.ts);
 * - the parts only some timelines use (timeline.ts, feature-chunk.ts), each when a timeline first
 *   needs it, the drawing held until it is here: the vertical layout (`orientation="vertical"`, or
 *   `auto`, fetched at once in case the screen is narrow), swimlanes (`group-by`), background
 *   periods (data with `periods`), reference markers (`<timeline-marker>` children), hash-sync (`hash-sync`) and the `<timeline-event>` reader
 *   (a timeline with such children), the density band (more than 300 events in view), the events
 *   table (built just after the chart paints; `view="table"` waits for it) and the zoom buttons
 *   (`zoom-controls`);
 * - what `toSVG()` copies the drawing with: right after the first draw (`updateComplete` waits for it).
 *
 * A page that needs a companion's class waits for it: `await customElements.whenDefined('timeline-details')`.
 */
import { EventTimeline } from './event-timeline';
import { warmUpWhenIdle } from './timeline/idle-warm-up';
import { whenIdle } from './timeline/when-idle';

export { EventTimeline };
export type * from './timeline/events';
export type * from './data/types';
export type { EventFilter } from './layout/event-filter';
export type { Messages } from './i18n/messages';
export type { DatasetFormat } from './import/format-names';
export type { PngExportOptions } from './export/export-png';
// The pure functions the timeline draws with are in the entry anyway; they cost nothing to export.
export { CONFIDENCES } from './data/types';
export { validateDataset } from './data/validate';
export { parsePartialDate } from './data/dates';
export { describeDate, formatPartialDate } from './data/describe-date';
export { layoutTimeline, eventsInView, dataExtent } from './layout/timeline-layout';
export { packLanes } from './layout/lanes';
export { chooseTicks, formatTick } from './layout/ticks';
export { filterEvents, matchesText } from './layout/event-filter';
export { safeHref } from './data/safe-url';
export { THEMES, THEME_NAMES, type ThemeName } from './timeline/themes';

/** Each companion element's entry file, which registers it. */
const COMPANIONS: Record<string, () => Promise<unknown>> = {
  'timeline-event': () => import('./timeline-event'),
  'timeline-marker': () => import('./timeline-marker'),
  'timeline-details': () => import('./timeline-details'),
  'timeline-legend': () => import('./timeline-legend'),
  'timeline-overview': () => import('./timeline-overview'),
};

const requested = new Set<string>();

function define(tags: string[]): void {
  for (const tag of tags) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    // A chunk that fails to load leaves its element undefined, its children shown as they are.
    COMPANIONS[tag]!().catch(() => requested.delete(tag));
  }
}

// Module scripts run after the page is parsed, so the elements written in it are there to find.
define(Object.keys(COMPANIONS).filter((tag) => document.querySelector(tag)));
// Elements a page makes later upgrade when their definition arrives; asked for once the page is
// idle after the first timeline has its data: starting five requests (about 20 ms at 100,000
// events) would otherwise delay that timeline's first paint, and the first things done with it.
document.addEventListener('timeline-load', () => whenIdle(() => define(Object.keys(COMPANIONS))), {
  once: true,
});

// What a first draw in a fresh tab would pay for, done while the page waits for its data.
warmUpWhenIdle();
