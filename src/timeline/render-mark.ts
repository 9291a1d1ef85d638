/**
 * One event's mark and label in SVG: a shape for a day, a bar for a period, a
 * soft-edged band for an approximate date; hollow when claimed, dashed when disputed.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { shapePath, type CategoryStyle } from '../layout/categories';
import { DEFAULT_LAYOUT, type PlacedMark } from '../layout/timeline-layout';

export function renderMark(
  m: PlacedMark,
  style: CategoryStyle | undefined,
  selected: boolean,
  label: string,
): TemplateResult {
  const order = (style?.order ?? 0) % 7;
  const classes = `mark ${m.kind} ${m.event.confidence ?? 'reported'}`;
  const r = DEFAULT_LAYOUT.pointRadius;
  const shape =
    m.kind === 'point'
      ? svg`<path part="mark" class=${classes} d=${shapePath(style?.shape ?? 'circle', r)} transform="translate(${m.x0}, ${m.y})"></path>`
      : svg`<rect part="mark" class=${classes} x=${m.x0} y=${m.y - 5} width=${Math.max(1, m.x1 - m.x0)} height="10" rx="2"></rect>`;
  return svg`<g class="event c${order} ${selected ? 'selected' : ''}" data-id=${m.event.id}>
    ${shape}
    ${m.labelled ? svg`<text part="label" class="label" x=${m.labelX} y=${m.labelY}>${label}</text>` : nothing}
  </g>`;
}

/** The soft edges of approximate bands: one mask, shared by every band whatever its colour. */
export const markDefs = svg`<defs>
  <linearGradient id="soft-fade">
    <stop offset="0" stop-color="white" stop-opacity="0"></stop>
    <stop offset="0.3" stop-color="white" stop-opacity="1"></stop>
    <stop offset="0.7" stop-color="white" stop-opacity="1"></stop>
    <stop offset="1" stop-color="white" stop-opacity="0"></stop>
  </linearGradient>
  <mask id="soft-edges" maskContentUnits="objectBoundingBox">
    <rect width="1" height="1" fill="url(#soft-fade)"></rect>
  </mask>
</defs>`;
