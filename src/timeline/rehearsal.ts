/**
 * A rehearsal of the first draw, while the page is idle: a timeline that never joins the page
 * draws made-up events as marks (65 of them), then enough for the density band, so that the first real
 * draw finds the code it runs compiled and Lit's templates prepared. In fresh headless Chromium
 * pages, loaded once the browser had settled, it took the first draw of 1,000 events from 44 to
 * 37 ms, and made no difference at 100 (BENCHMARKS.md, session 9). Without the band's part of it,
 * the first draw took 4–8 ms longer at 1,000 and 10,000 events, and at 100,000 four A/B runs
 * disagreed (from 55 ms faster to 50 ms slower), so it stays. It is skipped once a timeline has
 * drawn, when the code is warm anyway.
 *
 * The parts it asks for (d3-zoom, the SVG export, the table, the keyboard help) are fetched now
 * rather than after the first real draw: about 22 KB gzipped, which a page that loads the bundle
 * but never shows a timeline now fetches too.
 */
import type { TimelineEventInput } from '../data/types';
import { DENSE_THRESHOLD } from './dense-threshold';
import { loadDensePart } from './dense-preload';
import { whenIdle } from './when-idle';

/** What the rehearsal asks of the element (timeline.ts `rehearse`). */
interface Rehearsing extends HTMLElement {
  rehearse(events: TimelineEventInput[], width: number): Promise<void>;
}

const DAY = 86_400_000;
const FROM = Date.UTC(2017, 0, 1);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Marks of each kind a first draw meets (days, a range, a month, a year, an uncertain date), then
 * sixty more days: enough marks, labels fitted and lanes packed for their code to be compiled for
 * a crowd, which the step where a zoom turns the band into some 270 marks meets all at once (at
 * 1,000 events its work fell from 115 to 86 ms in an A/B run, the first draws unchanged).
 */
const MARKS: TimelineEventInput[] = [
  { id: 'r1', title: 'Rehearsal one', start: '2017-01-10', category: 'a', confidence: 'confirmed' },
  { id: 'r2', title: 'Rehearsal two', start: '2017-02-01', end: '2017-03-15', category: 'b' },
  { id: 'r3', title: 'Rehearsal three', start: '2017-05', category: 'a', confidence: 'reported' },
  { id: 'r4', title: 'Rehearsal four', start: '2017', summary: 'A year.', confidence: 'claimed' },
  { id: 'r5', title: 'Rehearsal five', start: '2017-08-20', approximate: true, confidence: 'disputed' },
  ...Array.from({ length: 60 }, (_, i) => ({
    id: `m${i}`,
    title: `Rehearsal mark ${i} with a longer title`,
    start: isoDay(FROM + i * 6 * DAY),
    category: i % 3 ? 'a' : 'b',
  })),
];

/** More events than marks can show apart: the density band. */
const BAND: TimelineEventInput[] = Array.from({ length: DENSE_THRESHOLD + 20 }, (_, i) => ({
  id: `b${i}`,
  title: `Rehearsal ${i}`,
  start: isoDay(FROM + (i % 360) * DAY),
  category: i % 2 ? 'a' : 'b',
}));

/**
 * Rehearses now, then the density band at the next idle moment; `wanted` says whether it is still
 * worth it (no timeline has drawn for real meanwhile).
 */
export function rehearse(wanted: () => boolean): void {
  try {
    const Timeline = customElements.get('event-timeline');
    if (!wanted() || !Timeline) return;
    const stage = new Timeline() as Rehearsing;
    // Another copy of the library may have defined the element first, without this hook.
    if (typeof stage.rehearse !== 'function') return;
    // In the page's language, as its timelines will be: its words, date and number formats load now.
    stage.lang = document.documentElement.lang;
    const width = document.documentElement.clientWidth || 1024;
    stage
      .rehearse(MARKS, width)
      .then(() => loadDensePart())
      .then(() =>
        whenIdle(() => {
          if (wanted()) void stage.rehearse(BAND, width).catch(() => {});
        }),
      )
      .catch(() => {});
  } catch {
    // Only a head start, never an error in the page: the real draw does all of this anyway.
  }
}
