/** The time axis: grid lines at every tick, and tick labels that never collide. */
import { nothing, svg, type TemplateResult } from 'lit';
import { formatTick } from '../layout/ticks';
import { placeTickLabels } from '../layout/tick-labels';
import type { TimelineLayout } from '../layout/timeline-layout';

export const AXIS_HEIGHT = 28;

export function renderAxis(
  layout: TimelineLayout,
  height: number,
  locale: string,
  measure: (text: string) => number,
): TemplateResult {
  const { ticks, unit } = layout.ticks;
  const texts = ticks.map((t, i) => tickText(t, unit, locale, ticks[i - 1]));
  const xs = ticks.map((t) => layout.scale(t));
  const labels = placeTickLabels(xs, texts.map(measure), [0, layout.width]);
  // Not keyed by instant: each tick's group is reused in place, so a zoom step that changes the
  // tick unit rewrites some texts rather than building every tick's group again. Every tick moves
  // on a step either way. Keyed, a zoom step over 10,000 events (the band) took 3.6 ms of work,
  // and 3.1–3.2 ms unkeyed (A/B, 16 fresh pages each); a later A/B of 12 pages each found 3.5 and
  // 3.6 ms (BENCHMARKS.md). Ticks are not animated, so nothing shows which group drew which tick.
  return svg`<g part="axis" class="axis">
    ${ticks.map((_, i) => {
      const label = labels[i]!;
      return svg`<g class="tick" transform="translate(${xs[i]}, 0)">
        <line y1="${AXIS_HEIGHT - 6}" y2="${height}"></line>
        ${label.shown ? svg`<text x=${label.x - xs[i]!} y="${AXIS_HEIGHT - 10}" text-anchor="middle">${texts[i]}</text>` : nothing}
      </g>`;
    })}
    <line class="axis-line" x1="${layout.plotLeft}" x2="${layout.plotRight}" y1="${AXIS_HEIGHT - 0.5}" y2="${AXIS_HEIGHT - 0.5}"></line>
  </g>`;
}

/** Tick labels already written: a zoom step mostly draws the ticks the step before it drew. */
const tickTexts = new Map<string, string>();

function tickText(...args: Parameters<typeof formatTick>): string {
  const key = args.join();
  let text = tickTexts.get(key);
  if (text === undefined) {
    if (tickTexts.size > 1000) tickTexts.clear();
    text = formatTick(...args);
    tickTexts.set(key, text);
  }
  return text;
}
