/**
 * Drawing the vertical timeline: the axis down one side with its ticks, marks beside it, labels
 * beside the marks with a leader line where a label had to move, and reference markers as
 * labelled lines across.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { shapePath, type CategoryStyle } from '../layout/categories';
import { formatTick } from '../layout/ticks';
import { placeTickLabels } from '../layout/tick-labels';
import { DEFAULT_LAYOUT } from '../layout/timeline-layout';
import type { VerticalLayout, VerticalMark, VerticalMarker } from '../layout/vertical-layout';
import { textDirection, type Direction } from '../i18n/locale';

const TICK_LABEL_HEIGHT = 14;

/** A top-to-bottom fade for approximate periods, as `soft-edges` is left to right. */
export const verticalDefs = svg`<defs>
  <linearGradient id="soft-fade-v" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="white" stop-opacity="0"></stop>
    <stop offset="0.3" stop-color="white" stop-opacity="1"></stop>
    <stop offset="0.7" stop-color="white" stop-opacity="1"></stop>
    <stop offset="1" stop-color="white" stop-opacity="0"></stop>
  </linearGradient>
  <mask id="soft-edges-v" maskContentUnits="objectBoundingBox">
    <rect width="1" height="1" fill="url(#soft-fade-v)"></rect>
  </mask>
</defs>`;

export function renderVerticalAxis(
  layout: VerticalLayout,
  locale: string,
  direction: Direction,
): TemplateResult {
  const { ticks, unit } = layout.ticks;
  const texts = ticks.map((t, i) => formatTick(t, unit, locale, ticks[i - 1]));
  const ys = ticks.map((t) => layout.scale(new Date(t)));
  const placed = placeTickLabels(
    ys,
    ys.map(() => TICK_LABEL_HEIGHT),
    [layout.plotTop - 6, layout.plotBottom + 6],
    4,
  );
  const rtl = direction === 'rtl';
  // Tick labels sit outside the axis, on the side away from the marks: their end (left in RTL) at the axis.
  const labelX = rtl ? layout.axisX + 8 : layout.axisX - 8;
  const [gridFrom, gridTo] = rtl ? [layout.plotLeft, layout.axisX] : [layout.axisX, layout.plotRight];
  return svg`<g part="axis" class="axis vertical">
    ${ticks.map((_, i) => {
      const label = placed[i]!;
      return svg`<g class="tick">
        <line x1=${gridFrom} x2=${gridTo} y1=${ys[i]} y2=${ys[i]}></line>
        ${label.shown ? svg`<text x=${labelX} y=${label.x + 4} text-anchor="end">${texts[i]}</text>` : nothing}
      </g>`;
    })}
    <line class="axis-line" x1=${layout.axisX} x2=${layout.axisX} y1=${layout.plotTop} y2=${layout.plotBottom}></line>
  </g>`;
}

/** A leader from a mark to its label, where the label had to move away from the mark. */
function leader(fromX: number, fromY: number, toX: number, toY: number): TemplateResult | typeof nothing {
  if (Math.abs(toY - fromY) < 3) return nothing;
  const bend = fromX + (toX - fromX) * 0.4;
  return svg`<path class="leader" d=${`M${fromX},${fromY}L${bend},${fromY}L${toX},${toY}`}></path>`;
}

function label(
  x: number,
  width: number,
  y: number,
  text: string,
  direction: Direction,
  cls: string,
): TemplateResult {
  const textDir = textDirection(text) ?? direction;
  const fromRight = direction === 'rtl';
  const anchorX = fromRight ? x + width : x;
  const anchor = (textDir === 'rtl') === fromRight ? 'start' : 'end';
  return svg`<text part=${cls === 'label' ? 'label' : nothing} class=${cls} x=${anchorX} y=${y} direction=${textDir} text-anchor=${anchor}>${text}</text>`;
}

export function renderVerticalMark(
  m: VerticalMark,
  style: CategoryStyle | undefined,
  selected: boolean,
  text: string,
  direction: Direction,
): TemplateResult {
  const order = (style?.order ?? 0) % 7;
  const confidence = m.event.confidence ?? 'reported';
  const classes = `mark ${m.kind} ${confidence}`;
  const r = DEFAULT_LAYOUT.pointRadius;
  const shape = style?.shape ?? 'circle';
  const x = (m.x0 + m.x1) / 2;
  let drawn: TemplateResult;
  if (m.kind === 'point') {
    drawn = svg`<path part="mark" class=${classes} d=${shapePath(shape, r)} transform="translate(${x}, ${m.y0})"></path>`;
  } else {
    const height = Math.max(1, m.y1 - m.y0);
    const inset = Math.min(r, height / 2);
    const hatched = m.kind === 'approximate' && (confidence === 'claimed' || confidence === 'disputed');
    drawn = svg`<rect part="mark" class=${classes} x=${m.x0} y=${m.y0} width=${m.x1 - m.x0} height=${height} rx="2"></rect>
      ${hatched ? svg`<rect class="hatch approximate" x=${m.x0} y=${m.y0} width=${m.x1 - m.x0} height=${height} fill="url(#hatch-${confidence})"></rect>` : nothing}
      <path class="mark glyph ${confidence}" d=${shapePath(shape, r - 1)} transform="translate(${x}, ${m.y0 + inset})"></path>`;
  }
  const rtl = direction === 'rtl';
  const labelMiddle = m.labelY - 4;
  return svg`<g class="event vertical c${order} ${selected ? 'selected' : ''}" data-id=${m.event.id}>
    ${drawn}
    ${
      m.labelled
        ? svg`${leader(rtl ? m.x0 - r : m.x1 + r, m.anchorY, rtl ? m.labelX + m.labelWidth + 3 : m.labelX - 3, labelMiddle)}
          ${label(m.labelX, m.labelWidth, m.labelY, text, direction, 'label')}`
        : nothing
    }
  </g>`;
}

export function renderVerticalMarkers(
  markers: readonly VerticalMarker[],
  layout: VerticalLayout,
  direction: Direction,
): TemplateResult {
  const rtl = direction === 'rtl';
  return svg`<g class="markers">
    ${markers.map(
      (m) => svg`<g class="marker">
        <line x1=${rtl ? m.labelX + m.labelWidth + 4 : layout.axisX} x2=${rtl ? layout.axisX : m.labelX - 4} y1=${m.y} y2=${m.y}></line>
        ${
          m.labelled
            ? svg`${leader(rtl ? layout.axisX - 4 : layout.axisX + 4, m.y, rtl ? m.labelX + m.labelWidth + 3 : m.labelX - 3, m.labelY - 4)}
              ${label(m.labelX, m.labelWidth, m.labelY, m.label, direction, 'marker-label')}`
            : nothing
        }
      </g>`,
    )}
  </g>`;
}
