/** The lanes as rows a page can stripe through `::part(lane)`. */
import { svg, type TemplateResult } from 'lit';
import type { TimelineLayout } from '../layout/timeline-layout';

/** One row per lane, transparent unless the page styles `::part(lane)`; every other one is also `lane-odd`, for stripes. */
export function renderLanes(layout: TimelineLayout): TemplateResult {
  const laneHeight = layout.lanes > 0 ? layout.height / layout.lanes : 0;
  return svg`<g class="lanes">
    ${Array.from(
      { length: layout.lanes },
      (_, i) =>
        svg`<rect part=${i % 2 === 1 ? 'lane lane-odd' : 'lane'} class=${i % 2 === 1 ? 'lane odd' : 'lane'} x=${layout.plotLeft} y=${i * laneHeight} width=${layout.plotRight - layout.plotLeft} height=${laneHeight}></rect>`,
    )}
  </g>`;
}
