// The fitted titles a timeline keeps are bounded (timeline.ts, FITTED_TITLES): a reader exploring
// 100,000 events would otherwise keep every title met. The most recently used stay, so the titles
// drawn are never the ones forgotten.
import { afterEach, expect, it } from 'vitest';
import { syntheticEvents } from '../../src/data/synthetic';
import type { TimelineEvent } from '../../src/data/types';
import { FITTED_TITLES } from '../../src/timeline/timeline';
import { mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

/** The timeline's own fitter and what it keeps: private, reached here to count without 12,000 pans. */
interface Fitting {
  _labelFitter(): (event: TimelineEvent) => readonly number[];
  _labels: Map<string, unknown>;
}

const labels = (root: ShadowRoot) =>
  [...root.querySelectorAll('g.event')].map((g) => `${g.getAttribute('data-id')}: ${g.textContent}`);

it(`keeps at most ${FITTED_TITLES.toLocaleString('en')} fitted titles, the most recently used, and draws the same labels after forgetting`, async () => {
  const events = syntheticEvents(FITTED_TITLES + 2000, 5);
  // About 150 events in view: marks, not the band.
  const [start, end] = ['2017-07-01', '2017-07-05'];
  const timeline = mountTimeline({ events, width: 1200, attributes: { start, end } });
  const root = await untilDrawn(timeline, (r) => r.querySelector('g.event') !== null, 30_000);
  const drawn = labels(root);
  const fitting = timeline as unknown as Fitting;
  const fit = fitting._labelFitter();
  const all = timeline.validEvents;
  for (const event of all) fit(event);
  expect(fitting._labels.size).toBe(FITTED_TITLES);
  // The first fitted are forgotten, the last kept; one used again moves to the end.
  expect(fitting._labels.has(all[0]!.id)).toBe(false);
  expect(fitting._labels.has(all.at(-1)!.id)).toBe(true);
  const early = all[all.length - FITTED_TITLES]!;
  fit(early);
  fit(all[0]!);
  expect(fitting._labels.has(early.id)).toBe(true);
  expect(fitting._labels.has(all[all.length - FITTED_TITLES + 1]!.id)).toBe(false);
  // A redraw fits what it needs again: the same labels as before.
  timeline.setAttribute('end', '2017-07-06');
  await timeline.updateComplete;
  timeline.setAttribute('end', end);
  await timeline.updateComplete;
  expect(labels(root)).toEqual(drawn);
}, 20_000);
