import { afterEach, describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../src/data/synthetic';
import { DENSE_THRESHOLD } from '../../src/timeline/dense-threshold';
import { FIT_AHEAD } from '../../src/timeline/dense-view';
import { mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Counts the texts measured on any canvas from now on. */
function countMeasuring(): { count: () => number; texts: string[]; stop: () => void } {
  const proto = CanvasRenderingContext2D.prototype;
  const original = proto.measureText;
  const texts: string[] = [];
  proto.measureText = function (this: CanvasRenderingContext2D, text: string) {
    texts.push(`${this.font}|${text}`);
    return original.call(this, text);
  };
  return { count: () => texts.length, texts, stop: () => (proto.measureText = original) };
}

/** Waits until nothing has been measured for `quiet` ms: the idle fitting is done. */
async function untilMeasuringStops(count: () => number, quiet = 300, timeout = 15_000): Promise<void> {
  const started = performance.now();
  let last = -1;
  while (count() !== last) {
    if (performance.now() - started > timeout) throw new Error('the titles were still being measured');
    last = count();
    await new Promise((r) => setTimeout(r, quiet));
  }
}

const labels = (root: ShadowRoot) =>
  [...root.querySelectorAll('g.event')].map((g) => `${g.getAttribute('data-id')}: ${g.textContent}`);

/** What the options are called, by event. */
const optionNames = (root: ShadowRoot) =>
  [...root.querySelectorAll('[role="option"]')].map(
    (o) => `${o.getAttribute('data-id')}: ${o.getAttribute('aria-label')}`,
  );

/** The events whose option names the timeline has written (private: reached to see what was done ahead). */
const named = (timeline: HTMLElement) =>
  new Set(
    (timeline as unknown as { _optionNames: { _names: Map<string, string> } })._optionNames._names.keys(),
  );

describe('titles fitted while the density band shows', () => {
  it('the step where the band gives way to marks, after a pause, measures no text, names no option anew, and draws the same labels and names as a timeline that never showed the band', async () => {
    const events = syntheticEvents(1000, 7);
    const measuring = countMeasuring();
    try {
      const banded = mountTimeline({ events, width: 1200 });
      await untilDrawn(banded, (r) => r.querySelector('canvas.density') !== null, 20_000);
      expect(events.length).toBeLessThanOrEqual(FIT_AHEAD);
      await untilMeasuringStops(measuring.count);

      // A stretch of whole days, around the middle, with fewer events than the band's threshold.
      const starts = banded.validEvents.map((e) => e.span.start);
      const middle = Math.floor((starts[0]! + starts.at(-1)!) / 2 / DAY) * DAY;
      let days = 60;
      const inView = (from: number, to: number) =>
        banded.validEvents.filter((e) => e.span.end > from && e.span.start < to).length;
      while (inView(middle - days * DAY, middle + days * DAY) > DENSE_THRESHOLD * 0.9) days--;
      const start = isoDay(middle - days * DAY);
      const end = isoDay(middle + days * DAY - DAY);
      expect(inView(middle - days * DAY, middle + days * DAY)).toBeGreaterThan(DENSE_THRESHOLD / 2);

      const before = measuring.count();
      const namedAhead = named(banded);
      banded.setAttribute('start', start);
      banded.setAttribute('end', end);
      const root = await untilDrawn(
        banded,
        (r) => r.querySelector('canvas.density') === null && r.querySelector('g.event') !== null,
        20_000,
      );
      const marks = root.querySelectorAll('g.event').length;
      expect(marks).toBeGreaterThan(DENSE_THRESHOLD / 2);
      // The titles were measured while the band showed, in the labels' font.
      const titles = new Set(events.map((e) => e.title));
      const labelFont = measuring.texts
        .slice(0, before)
        .find((t) => titles.has(t.slice(t.indexOf('|') + 1)))
        ?.split('|')[0];
      expect(labelFont).toBeDefined();
      const measuredInStep = measuring.texts.slice(before);
      // The axis measures its new tick labels, in its own font; no title is measured.
      expect(measuredInStep.filter((t) => t.startsWith(`${labelFont}|`))).toEqual([]);
      expect(measuredInStep.length).toBeLessThan(marks / 10);
      // Every option the step drew was named while the band showed.
      const drawnIds = [...root.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-id')!);
      expect(drawnIds.length).toBeGreaterThan(DENSE_THRESHOLD / 2);
      expect(drawnIds.filter((id) => !namedAhead.has(id))).toEqual([]);

      // Drawn straight away as marks, its titles fitted in that draw: the same labels.
      const direct = mountTimeline({ events, width: 1200, attributes: { start, end } });
      const directRoot = await untilDrawn(direct, (r) => r.querySelector('g.event') !== null, 20_000);
      expect(labels(root)).toEqual(labels(directRoot));
      expect(optionNames(root)).toEqual(optionNames(directRoot));
    } finally {
      measuring.stop();
    }
  });
});

describe('titles fitted while marks show', () => {
  it('a pan after a pause measures no title and names no option anew: those a window to either side were done while the page was idle', async () => {
    // More events than the band fits ahead (FIT_AHEAD), so none is fitted before marks show.
    const events = syntheticEvents(3000, 7);
    expect(events.length).toBeGreaterThan(FIT_AHEAD);
    const measuring = countMeasuring();
    const timeline = mountTimeline({ events, width: 1200 });
    await untilDrawn(timeline, (r) => r.querySelector('canvas.density') !== null, 20_000);
    // About 200 marks, in the middle of the span.
    const [from, to] = [Date.parse('2017-07-01'), Date.parse('2017-07-28')];
    await timeline.zoomTo(new Date(from), new Date(to), { animate: false });
    const root = await untilDrawn(timeline, (r) => r.querySelector('g.event') !== null, 20_000);
    /**
     * Until every title a window either side of the view is fitted (the fitter's own record): under
     * a full test run the page may go longer than a measuring pause without an idle moment.
     */
    const untilFitted = async () => {
      const labels = (timeline as unknown as { _labels: Map<string, unknown> })._labels;
      const { start, end } = timeline.visibleWindow!;
      const length = +end - +start;
      const near = timeline.validEvents.filter(
        (e) => e.span.end > +start - length && e.span.start < +end + length,
      );
      for (let waited = 0; near.some((e) => !labels.has(e.id)); waited += 50) {
        if (waited > 15_000) throw new Error('the titles around the view were not fitted');
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await untilFitted();
      const titles = new Set(events.map((e) => e.title));
      const labelFont = measuring.texts.find((t) => titles.has(t.slice(t.indexOf('|') + 1)))?.split('|')[0];
      expect(labelFont).toBeDefined();
      for (const shift of [-0.2, 0.2, 0.4]) {
        const before = measuring.count();
        const namedAhead = named(timeline);
        const ids = new Set([...root.querySelectorAll('g.event')].map((g) => g.getAttribute('data-id')));
        const by = (to - from) * shift;
        await timeline.zoomTo(new Date(from + by), new Date(to + by), { animate: false });
        await timeline.updateComplete;
        const arrived = [...root.querySelectorAll('g.event')].filter(
          (g) => !ids.has(g.getAttribute('data-id')),
        );
        expect(arrived.length).toBeGreaterThan(20);
        expect(measuring.texts.slice(before).filter((t) => t.startsWith(`${labelFont}|`))).toEqual([]);
        expect(arrived.map((g) => g.getAttribute('data-id')!).filter((id) => !namedAhead.has(id))).toEqual(
          [],
        );
        await untilFitted();
      }
    } finally {
      measuring.stop();
    }
  });
});
