/**
 * Background periods (eras, phases of a war) as bands behind the marks, each named in a strip
 * under the lanes. (The lanes themselves are in render-lanes.ts.)
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Period } from '../data/types';
import { describeDate } from '../data/describe-date';
import type { Messages } from '../i18n/messages';
import { fitLabel, type MeasureText } from '../layout/label-fit';
import type { TimelineLayout } from '../layout/timeline-layout';

/** Height of the strip under the lanes where periods are named. */
export const PERIOD_STRIP = 20;

/** A period as drawn: where its band runs, and its name if there is room for it. */
export interface PlacedPeriod {
  period: Period;
  x0: number;
  x1: number;
  label: string;
  alternate: boolean;
}

/** Periods that show in the layout's window, clipped to the plot; every other one is shaded apart. */
export function placePeriods(
  periods: readonly Period[],
  layout: TimelineLayout,
  measure: MeasureText,
): PlacedPeriod[] {
  const clamp = (x: number) => Math.min(layout.plotRight, Math.max(layout.plotLeft, x));
  const placed: PlacedPeriod[] = [];
  for (const period of periods) {
    const x0 = clamp(layout.scale(period.span.start));
    const x1 = clamp(layout.scale(period.span.end));
    if (!(x1 - x0 >= 1)) continue;
    const room = x1 - x0 - 8;
    const fitted = room > 24 ? fitLabel(period.title, room, measure) : null;
    placed.push({ period, x0, x1, label: fitted?.text ?? '', alternate: placed.length % 2 === 1 });
  }
  return placed;
}

/** The extent of the periods, to widen the window to them when no `start` or `end` is set. */
export function periodsExtent(periods: readonly Period[]): [number, number] | null {
  if (periods.length === 0) return null;
  return [Math.min(...periods.map((p) => p.span.start)), Math.max(...periods.map((p) => p.span.end))];
}

/** Bands from the top of the lanes down through the strip where their names go. */
export function renderPeriods(placed: readonly PlacedPeriod[], lanesHeight: number): TemplateResult {
  const height = lanesHeight + PERIOD_STRIP;
  return svg`<g class="periods">
    ${placed.map(
      (p) => svg`<g part="period" class="period ${p.alternate ? 'alternate' : ''}" data-id=${p.period.id}>
        <rect x=${p.x0} y="0" width=${p.x1 - p.x0} height=${height}></rect>
        ${p.label ? svg`<text x=${p.x0 + 4} y=${height - 6}>${p.label}</text>` : nothing}
      </g>`,
    )}
  </g>`;
}

/** Periods are drawn in the (hidden) SVG; screen readers get them as a list. */
export function renderPeriodList(
  periods: readonly Period[],
  words: Messages,
  locale: string,
): TemplateResult {
  return html`<ul class="visually-hidden" aria-label=${words.periodsLabel}>
    ${periods.map((p) => html`<li>${p.title}: ${describeDate(p, locale, words)}</li>`)}
  </ul>`;
}
