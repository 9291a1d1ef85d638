/** Reference markers: a dashed line across the plot at each date, its label in a strip under the axis. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { PlacedMarker } from '../layout/markers';
import { textDirection, type Direction } from '../i18n/locale';

/** Height of one row of marker labels. */
export const MARKER_ROW = 16;

export function markerStripHeight(rows: number): number {
  return rows > 0 ? rows * MARKER_ROW + 4 : 0;
}

/** The lines and labels, drawn under the marks; `top` is where the strip starts, `bottom` where lines end. */
export function renderMarkers(
  markers: readonly PlacedMarker[],
  top: number,
  bottom: number,
  direction: Direction = 'ltr',
): TemplateResult {
  return svg`<g class="markers">
    ${markers.map(
      (m) => svg`<g class="marker">
        <line x1=${m.position} x2=${m.position} y1=${top} y2=${bottom}></line>
        ${m.labelled ? renderMarkerLabel(m, top + (m.row + 1) * MARKER_ROW - 4, direction) : nothing}
      </g>`,
    )}
  </g>`;
}

/** A label fills its box from the end time starts at, in its own text direction (as event labels do). */
function renderMarkerLabel(m: PlacedMarker, y: number, direction: Direction): TemplateResult {
  const textDir = textDirection(m.label) ?? direction;
  const fromRight = direction === 'rtl';
  const x = fromRight ? m.labelStart + m.labelLength : m.labelStart;
  const anchor = (textDir === 'rtl') === fromRight ? 'start' : 'end';
  return svg`<text class="marker-label" x=${x} y=${y} direction=${textDir} text-anchor=${anchor}>${m.label}</text>`;
}

/** The markers in words, for screen readers: the drawing itself is hidden from them. */
export function renderMarkerList<M extends { label: string; date: string }>(
  markers: readonly M[],
  label: string,
  describe: (marker: M) => string,
): TemplateResult | typeof nothing {
  if (markers.length === 0) return nothing;
  return html`<ul class="visually-hidden" aria-label=${label}>
    ${markers.map((m) => html`<li>${describe(m)}</li>`)}
  </ul>`;
}
