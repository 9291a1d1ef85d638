/**
 * The vertical timeline, for narrow screens where a reader scrolls down a story: time runs top to
 * bottom along an axis on the left (the right in RTL), marks sit beside it, and each label sits
 * beside its mark, moved up or down just enough to clear the others, with a leader line when it
 * had to move. Pure: label sizes come in measured.
 */
import type { TimelineEvent } from '../data/types';
import { DAY } from '../data/dates';
import { packLanes } from './lanes';
import { chooseTicks } from './ticks';
import { DEFAULT_LAYOUT, eventsInView, type PlacedMark, type TimelineLayout } from './timeline-layout';
import { timeScale } from './time-scale';

export { isVertical } from './orientation';

export interface VerticalOptions {
  /** Width of the axis column, where the tick labels go. */
  axisWidth: number;
  /** Room for marks beside the axis: one sub-column per overlapping period, each this wide. */
  markColumn: number;
  /** Most mark sub-columns; marks beyond them share the last. */
  maxMarkColumns: number;
  /** Height of one label line, and the space kept between two labels. */
  labelHeight: number;
  labelGap: number;
  /** A label moved further than this from its mark is left for hover and focus instead. */
  maxShift: number;
  /** Fewest px between two ticks. */
  minTickSpacing: number;
  /** Space above the first and below the last instant of the window. */
  padding: number;
}

export const DEFAULT_VERTICAL: VerticalOptions = {
  axisWidth: 64,
  markColumn: 11,
  maxMarkColumns: 3,
  labelHeight: 20,
  labelGap: 4,
  maxShift: 120,
  minTickSpacing: 48,
  padding: 12,
};

export interface VerticalInput {
  events: readonly TimelineEvent[];
  window: readonly [number, number];
  width: number;
  /** Height of the plot, in px; see `verticalHeight`. */
  height: number;
  /** Measured width of an event's label once fitted into `room` px (the room beside the marks). */
  labelWidth: (event: TimelineEvent, room: number) => number;
  /** Reference markers to label among the events (`<timeline-marker>`), at instants in ms. */
  markers?: readonly { at: number; date: string; label: string; labelWidth: (room: number) => number }[];
  rtl?: boolean;
  options?: Partial<VerticalOptions>;
}

/** A mark of the vertical timeline: `PlacedMark` with `y0`/`y1` for the time it covers. */
export interface VerticalMark extends PlacedMark {
  /** Top and bottom of the mark along the time axis; equal for a point. */
  y0: number;
  y1: number;
  /** Where the mark's label is anchored on the mark (its leader line starts here). */
  anchorY: number;
}

export interface VerticalMarker {
  at: number;
  /** The date as the marker gives it. */
  date: string;
  label: string;
  y: number;
  labelled: boolean;
  labelX: number;
  labelY: number;
  labelWidth: number;
}

export interface VerticalLayout extends TimelineLayout {
  orientation: 'vertical';
  marks: VerticalMark[];
  markers: VerticalMarker[];
  /** The time axis runs from `plotTop` to `plotBottom`; `plotLeft`–`plotRight` is the drawing beside it. */
  plotTop: number;
  plotBottom: number;
  /** The x of the axis line. */
  axisX: number;
}

/**
 * A plot height that gives `count` events room for their labels without making a phone reader
 * scroll forever: about a label line each, between `min` and `max`.
 */
export function verticalHeight(count: number, min = 480, max = 2400): number {
  return Math.round(Math.min(max, Math.max(min, count * 26 + 40)));
}

/**
 * Places labels along one axis: each as near its ideal position as the others allow, none
 * overlapping, all inside `[top, bottom]`. Labels that cannot get within `maxShift` of their ideal
 * are dropped, the most displaced first. Takes ideals in any order; returns a position per label
 * (its top), or null for a dropped one.
 */
export function dodgeLabels(
  ideals: readonly number[],
  height: number,
  gap: number,
  bounds: readonly [number, number],
  maxShift = Infinity,
): (number | null)[] {
  const order = ideals.map((_, i) => i).sort((a, b) => ideals[a]! - ideals[b]! || a - b);
  let kept = order.slice();
  const step = height + gap;
  const [top, bottom] = bounds;
  for (;;) {
    const pos = new Map<number, number>();
    // Down the axis, pushing each label below the one before; then back up from the bottom.
    let previous = -Infinity;
    for (const i of kept) {
      const p = Math.max(ideals[i]! - height / 2, previous + step, top);
      pos.set(i, p);
      previous = p;
    }
    let next = Infinity;
    for (let k = kept.length - 1; k >= 0; k--) {
      const i = kept[k]!;
      const p = Math.min(pos.get(i)!, next - step, bottom - height);
      pos.set(i, p);
      next = p;
    }
    // What still breaks the rules: above the top (too many labels), or too far from its mark.
    let worst = -1;
    let worstShift = -1;
    for (const i of kept) {
      const p = pos.get(i)!;
      const shift = Math.abs(p + height / 2 - ideals[i]!);
      const bad = p < top - 0.5 || shift > maxShift;
      if (bad && shift > worstShift) {
        worst = i;
        worstShift = shift;
      }
    }
    if (worst < 0) return ideals.map((_, i) => (pos.has(i) ? pos.get(i)! : null));
    kept = kept.filter((i) => i !== worst);
  }
}

export function layoutVertical(input: VerticalInput): VerticalLayout {
  const o = { ...DEFAULT_VERTICAL, ...input.options };
  const width = Math.max(0, input.width);
  const height = Math.max(0, input.height);
  const [start, end] = input.window;
  const plotTop = o.padding;
  const plotBottom = Math.max(plotTop + 1, height - o.padding);
  const scale = timeScale([start, end], [plotTop, plotBottom]);
  const y = (t: number) => scale(t);
  const ticks = chooseTicks([start, end], plotBottom - plotTop, o.minTickSpacing);
  const axisX = o.axisWidth;
  const clamp = (v: number) => Math.min(plotBottom, Math.max(plotTop, v));
  const r = DEFAULT_LAYOUT.pointRadius;

  const visible = eventsInView(input.events, input.window);
  const geometry = visible.map((event) => {
    let y0: number;
    let y1: number;
    if (event.kind === 'point') {
      y0 = y1 = clamp(y(event.span.start + DAY / 2));
    } else {
      y0 = y(event.span.start);
      y1 = y(event.span.end);
      const min = event.kind === 'approximate' ? DEFAULT_LAYOUT.minBandWidth : DEFAULT_LAYOUT.minBarWidth;
      if (y1 - y0 < min) {
        const mid = (y0 + y1) / 2;
        [y0, y1] = [mid - min / 2, mid + min / 2];
      }
      [y0, y1] = [clamp(y0), clamp(y1)];
    }
    return { event, y0, y1 };
  });

  // Marks beside the axis: periods that overlap go side by side, in narrow sub-columns.
  const columns = packLanes(
    geometry.map((g) => {
      const extent: [number, number] = [g.y0 - r, g.y1 + r];
      return { mark: extent, label: extent };
    }),
    { lanes: o.maxMarkColumns, gap: 2 },
  ).map((p) => p.lane);
  const usedColumns = Math.max(1, ...columns.map((c) => c + 1));
  const labelLeft = axisX + 8 + usedColumns * o.markColumn + 8;
  const labelRight = width - DEFAULT_LAYOUT.marginRight;

  // Labels beside the marks, each at the start of its event, moved only as far as it must.
  const markers = (input.markers ?? []).filter((m) => m.at >= start && m.at <= end);
  const anchors = [
    ...geometry.map((g) => (g.event.kind === 'point' ? g.y0 : g.y0 + Math.min(8, (g.y1 - g.y0) / 2))),
    ...markers.map((m) => y(m.at)),
  ];
  const tops = dodgeLabels(anchors, o.labelHeight, o.labelGap, [plotTop - o.padding / 2, height], o.maxShift);
  const room = Math.max(0, labelRight - labelLeft);

  const marks: VerticalMark[] = geometry.map((g, i) => {
    const x = axisX + 8 + columns[i]! * o.markColumn + o.markColumn / 2;
    const top = tops[i] ?? null;
    const kind = g.event.kind;
    return {
      event: g.event,
      kind,
      lane: columns[i]!,
      x0: kind === 'point' ? x : x - 4,
      x1: kind === 'point' ? x : x + 4,
      y: (g.y0 + g.y1) / 2,
      y0: g.y0,
      y1: g.y1,
      anchorY: anchors[i]!,
      labelled: top !== null && room > 0,
      labelX: labelLeft,
      // The baseline sits a little above the bottom of the label's line.
      labelY: (top ?? anchors[i]!) + o.labelHeight - 5,
      labelWidth: Math.min(room, input.labelWidth(g.event, room)),
      labelChoice: 0,
      clippedStart: g.event.span.start < start,
      clippedEnd: g.event.span.end > end,
    };
  });
  const placedMarkers: VerticalMarker[] = markers.map((m, k) => {
    const top = tops[geometry.length + k] ?? null;
    return {
      at: m.at,
      date: m.date,
      label: m.label,
      y: anchors[geometry.length + k]!,
      labelled: top !== null && room > 0,
      labelX: labelLeft,
      labelY: (top ?? 0) + o.labelHeight - 5,
      labelWidth: Math.min(room, m.labelWidth(room)),
    };
  });

  const layout: VerticalLayout = {
    orientation: 'vertical',
    width,
    height,
    lanes: usedColumns,
    plotLeft: axisX,
    plotRight: labelRight,
    plotTop,
    plotBottom,
    axisX,
    scale,
    ticks,
    marks,
    markers: placedMarkers,
  };
  return input.rtl ? mirrorVertical(layout) : layout;
}

/** Right to left: the axis on the right and the labels on its left, time still running down. */
export function mirrorVertical(layout: VerticalLayout): VerticalLayout {
  const flip = (x: number) => layout.width - x;
  return {
    ...layout,
    plotLeft: flip(layout.plotRight),
    plotRight: flip(layout.plotLeft),
    axisX: flip(layout.axisX),
    marks: layout.marks.map((m) => ({
      ...m,
      x0: flip(m.x1),
      x1: flip(m.x0),
      labelX: flip(m.labelX + m.labelWidth),
    })),
    markers: layout.markers.map((m) => ({ ...m, labelX: flip(m.labelX + m.labelWidth) })),
  };
}
