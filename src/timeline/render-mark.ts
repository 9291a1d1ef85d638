/**
 * One event's mark and label in SVG: a shape for a day, a bar for a period, a
 * soft-edged band for an approximate date; hollow when claimed, dashed when disputed.
 * Bars and bands also carry their category's shape where the event starts, and uncertain
 * bands are hatched rather than faded, so that nothing rests on colour or on low contrast.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { shapePath, type CategoryStyle } from '../layout/categories';
import { DEFAULT_LAYOUT, type PlacedMark } from '../layout/timeline-layout';
import { textDirection, type Direction } from '../i18n/locale';

export function renderMark(
  m: PlacedMark,
  style: CategoryStyle | undefined,
  selected: boolean,
  label: string,
  direction: Direction = 'ltr',
  r = DEFAULT_LAYOUT.pointRadius,
): TemplateResult {
  const order = (style?.order ?? 0) % 7;
  const confidence = m.event.confidence ?? 'reported';
  const classes = `mark ${m.kind} ${confidence}`;
  const group = `event c${order} ${selected ? 'selected' : ''}`;
  const shape = style?.shape ?? 'circle';
  const text = m.labelled ? renderLabel(m, label, direction) : nothing;
  // The group stands where the mark starts, on its centre line, and all in it is drawn from there:
  // a zoom step moves most marks with one attribute. One template per kind of mark, not nested.
  if (m.kind === 'point') {
    return svg`<g class=${group} data-id=${m.event.id} transform="translate(${m.x0}, ${m.y})"><path part="mark" class=${classes} d=${shapePath(shape, r)}></path>${text}</g>`;
  }
  // Bars and bands are as tall as a point mark is wide, less a little: 10px beside 12px points.
  const bar = Math.max(4, (r * 5) / 3);
  const width = Math.max(1, m.x1 - m.x0);
  const hatched = m.kind === 'approximate' && (confidence === 'claimed' || confidence === 'disputed');
  // The category's shape sits just inside the end where the event starts (the right in RTL).
  const inset = Math.min(r, width / 2);
  return svg`<g class=${group} data-id=${m.event.id} transform="translate(${m.x0}, ${m.y})"><rect part="mark" class=${classes} y=${-bar / 2} width=${width} height=${bar} rx="2"></rect>${hatched ? svg`<rect class="hatch approximate" y=${-bar / 2} width=${width} height=${bar} fill="url(#hatch-${confidence})"></rect>` : nothing}<path class="mark glyph ${confidence}" d=${shapePath(shape, r - 1)} transform="translate(${direction === 'rtl' ? m.x1 - m.x0 - inset : inset}, 0)"></path>${text}</g>`;
}

/**
 * A label fills its box from the end where its event starts. Its own text direction comes
 * from its first strong letter, so an Arabic title in an English timeline (or an English one
 * in an Arabic timeline) keeps its punctuation and ellipsis at the right end.
 */
function renderLabel(m: PlacedMark, label: string, direction: Direction): TemplateResult {
  const textDir = textDirection(label) ?? direction;
  const fromRight = direction === 'rtl';
  // From the mark's group (see renderMark): the same offset on every zoom step, but at the plot's edges.
  const x = (fromRight ? m.labelX + m.labelWidth : m.labelX) - m.x0;
  const anchor = (textDir === 'rtl') === fromRight ? 'start' : 'end';
  return svg`<text part="label" class="label" x=${x} y=${m.labelY - m.y} direction=${textDir} text-anchor=${anchor}>${label}</text>`;
}

/**
 * Shared definitions: the soft edges of approximate bands (one mask for every band whatever
 * its colour), and the hatching of claimed (stripes) and disputed (dots) bands, drawn in the
 * background colour over the full-strength band colour.
 */
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
  <pattern id="hatch-claimed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="hatch-stripe" width="3" height="6"></rect>
  </pattern>
  <pattern id="hatch-disputed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="hatch-stripe" width="3" height="6"></rect>
    <rect class="hatch-stripe" width="6" height="3"></rect>
  </pattern>
</defs>`;
