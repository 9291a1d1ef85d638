/**
 * The view for when more events are in the window than a reader can tell apart as marks:
 * a density band drawn on one <canvas>, stacked by category, and a single focusable event.
 * The DOM stays the same size whether 2,000 or 200,000 events are in view.
 */
import { html, svg, type TemplateResult } from 'lit';
import { styleMap } from './style-map';
import { chooseTicks } from '../layout/ticks';
import { densityBins, type Density } from '../layout/density';
import type { EventIndex } from '../layout/event-index';
import { DEFAULT_LAYOUT, type TimelineLayout } from '../layout/timeline-layout';
import { timeScale } from '../layout/time-scale';
import type { CategoryStyle } from '../layout/categories';
import type { TimelineEvent } from '../data/types';
import { DENSE_THRESHOLD } from './dense-threshold';
import { whenIdle } from './when-idle';

export const BAND_HEIGHT = 120;
const BIN_WIDTH = 3;

export interface DenseLayout {
  /** Enough of a TimelineLayout for the axis. */
  axis: TimelineLayout;
  density: Density;
  /** Positions in the index of the events in view, in time order. */
  positions: Int32Array;
  /** The index's events, which `positions` point into. */
  events: readonly TimelineEvent[];
}

export function denseLayout(
  index: EventIndex,
  positions: Int32Array,
  window: readonly [number, number],
  width: number,
): DenseLayout {
  const plotLeft = DEFAULT_LAYOUT.marginLeft;
  const plotRight = Math.max(plotLeft, width - DEFAULT_LAYOUT.marginRight);
  const scale = timeScale(window, [plotLeft, plotRight]);
  const density = densityBins(index, positions, window, plotLeft, plotRight, BIN_WIDTH);
  return {
    axis: {
      width,
      height: BAND_HEIGHT,
      lanes: 0,
      plotLeft,
      plotRight,
      scale,
      ticks: chooseTicks(window, plotRight - plotLeft, DEFAULT_LAYOUT.minTickSpacing),
      marks: [],
    },
    density,
    positions,
    events: index.events,
  };
}

/**
 * In forced colours (Windows High Contrast), the system's text and background colours, read from
 * the canvas's computed style (the stylesheet sets them there under `forced-colors: active`);
 * null otherwise. A canvas is not recoloured by the browser, so it must draw with these itself.
 */
export function forcedColours(canvas: HTMLCanvasElement): { text: string; background: string } | null {
  if (typeof matchMedia !== 'function' || !matchMedia('(forced-colors: active)').matches) return null;
  const style = getComputedStyle(canvas);
  return { text: style.color || 'CanvasText', background: style.backgroundColor || 'Canvas' };
}

/**
 * Paints the band: one stacked column per bin, height by count relative to the busiest bin.
 * In forced colours every category is drawn in the system text colour, with a line of the
 * background between categories, so the stack keeps its parts without the page's palette.
 */
export function drawDensity(
  canvas: HTMLCanvasElement,
  layout: DenseLayout,
  styles: ReadonlyMap<string, CategoryStyle>,
  colourOf: (style: CategoryStyle | undefined) => string,
  forced: { text: string; background: string } | null = null,
): void {
  const ratio = window.devicePixelRatio || 1;
  const { width } = layout.axis;
  const height = BAND_HEIGHT;
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const { bins, categories, peak } = layout.density;
  const colours = categories.map((c) => (forced ? forced.text : colourOf(styles.get(c))));
  // A square root scale keeps sparse columns visible next to a busy one.
  const unit = (height - 4) / Math.sqrt(peak || 1);
  // Category by category, bottom up, each column's stack growing as it goes: the colour is set once
  // a category rather than once a rectangle (every set parses it), and the pixels are the same, since
  // each column still gets its categories, and their dividing lines, in the same order.
  const tops = new Float64Array(bins.length).fill(height);
  categories.forEach((_, c) => {
    for (const pass of forced ? [0, 1] : [0]) {
      ctx.fillStyle = pass ? forced!.background : colours[c]!;
      bins.forEach((bin, b) => {
        const count = bin.byCategory[c]!;
        if (count === 0) return;
        const y = tops[b]!;
        const h = (count / bin.count) * (Math.sqrt(bin.count) * unit);
        const w = Math.max(1, bin.x1 - bin.x0 - 0.5);
        if (!pass) ctx.fillRect(bin.x0, y - h, w, h);
        // A line of the background between categories: below this one, where one lies under it.
        else if (y < height) ctx.fillRect(bin.x0, y - 1, w, 1);
        if (pass || !forced) tops[b] = y - h;
      });
    }
  });
}

/**
 * Paints the band (in the system's colours where forced colours are on), and, once few enough
 * events are in view that a zoom step or two will draw them as marks, fits their titles while the
 * page is idle, ready for that step.
 */
export function drawBand(
  canvas: HTMLCanvasElement,
  layout: DenseLayout,
  styles: ReadonlyMap<string, CategoryStyle>,
  colourOf: (style: CategoryStyle | undefined) => string,
  fitTitle: (event: TimelineEvent) => unknown,
): void {
  drawDensity(canvas, layout, styles, colourOf, forcedColours(canvas));
  // Not for a timeline away from the page (the idle rehearsal, rehearsal.ts): no one will zoom it.
  fitTitlesWhenIdle(canvas.isConnected ? layout : undefined, fitTitle);
}

/**
 * Titles are fitted ahead with at most this many events in view: six zoom steps of 20% from where
 * marks take over. The step where the band gives way to marks measured each new title's text and
 * its shortened forms, about four measurements a mark, and that was half of the step: 270 marks at
 * 1,000 events took 80-130 ms.
 */
export const FIT_AHEAD = Math.round(DENSE_THRESHOLD / 0.8 ** 6);

/** The latest band's fitting: a newer band (another window, or another timeline's) takes over. */
let fitting = 0;

/**
 * Fits the titles of the events in view with `fitTitle` (which remembers them) when the page is
 * idle, a slice at a time, from the middle of the view outwards, where zooming in with the keys or
 * the buttons goes. Does nothing, and stops an earlier band's fitting, without a layout or with
 * more than FIT_AHEAD events in view. Marks ask it for the events a window to either side of
 * theirs, where a pan goes (timeline.ts, `updated`).
 */
export function fitTitlesWhenIdle(
  layout: Pick<DenseLayout, 'positions' | 'events'> | undefined,
  fitTitle: (event: TimelineEvent) => unknown,
): void {
  const run = ++fitting;
  if (!layout || layout.positions.length > FIT_AHEAD) return;
  const { positions, events } = layout;
  const middle = positions.length >> 1;
  let done = 0;
  const slice = (deadline?: IdleDeadline): void => {
    if (run !== fitting) return;
    const until = performance.now() + Math.max(2, deadline?.timeRemaining() ?? 8);
    for (; done < positions.length && performance.now() < until; done++) {
      // 0, -1, +1, -2, +2, … from the middle.
      const at = done & 1 ? middle - ((done + 1) >> 1) : middle + (done >> 1);
      fitTitle(events[positions[at]!]!);
    }
    if (done < positions.length) whenIdle(slice);
  };
  whenIdle(slice);
}

/** The canvas and the one focusable event: the rest of the DOM is the axis. */
export function renderDenseBand(
  focused: TimelineEvent | undefined,
  focusedX: number,
  name: string,
  listLabel: string,
  selected: boolean,
): TemplateResult {
  return html`<canvas
      class="density"
      part="density"
      aria-hidden="true"
      style=${styleMap({ height: `${BAND_HEIGHT}px` })}
    ></canvas>
    ${
      focused
        ? html`<div role="listbox" aria-label=${listLabel} aria-orientation="horizontal">
            <div
              role="option"
              class="dense-focus"
              data-id=${focused.id}
              tabindex="0"
              aria-selected=${selected ? 'true' : 'false'}
              aria-label=${name}
              style=${styleMap({ left: `${focusedX - 12}px`, top: '0px', width: '24px', height: `${BAND_HEIGHT}px` })}
            ></div>
          </div>`
        : svg``
    }`;
}
