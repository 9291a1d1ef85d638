/**
 * The layout stage of the pipeline: validated events + a time window + measured
 * label widths → where every mark, label and tick goes. Pure: no DOM, no text
 * measuring, so it is tested in Node and shared by every renderer.
 */
import type { EventKind, TimelineEvent } from '../data/types';
import { DAY } from '../data/dates';
import { packLanes, type LaneItem } from './lanes';
import { chooseTicks, type TickPlan } from './ticks';
import { timeScale, type TimeScale } from './time-scale';

export interface LayoutOptions {
  /** Space kept free left and right of the plot, in px. */
  marginLeft: number;
  marginRight: number;
  /** Height of one lane: a label line above a mark line. */
  laneHeight: number;
  /** Most lanes to use before labels give way to hover-only. */
  maxLanes: number;
  /** Radius of a point mark. */
  pointRadius: number;
  /** Narrowest a range bar or approximate band is drawn, so a short span stays visible. */
  minBarWidth: number;
  minBandWidth: number;
  /** Horizontal room kept between neighbours in a lane. */
  gap: number;
  /** Fewest px between two ticks. */
  minTickSpacing: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  marginLeft: 20,
  marginRight: 20,
  laneHeight: 36,
  maxLanes: 16,
  pointRadius: 6,
  minBarWidth: 4,
  minBandWidth: 14,
  gap: 8,
  minTickSpacing: 60,
};

export interface LayoutInput {
  /** Events to draw, sorted by start. Events outside the window are culled here. */
  events: readonly TimelineEvent[];
  /** Visible window in ms (UTC), start inclusive, end exclusive. */
  window: readonly [number, number];
  /** Total width in px. */
  width: number;
  /**
   * Measured (already fitted) label width for an event, or several widths, longest
   * first, for shortened versions to fall back on where the full label has no room.
   */
  labelWidth: (event: TimelineEvent) => number | readonly number[];
  options?: Partial<LayoutOptions>;
}

/** Where one event is drawn. Coordinates are relative to the plot's top-left. */
export interface PlacedMark {
  event: TimelineEvent;
  kind: EventKind;
  lane: number;
  /** Horizontal extent of the mark; equal for points (the centre). */
  x0: number;
  x1: number;
  /** Centre line of the mark. */
  y: number;
  /** Whether the label is drawn; otherwise it is shown on hover and focus only. */
  labelled: boolean;
  labelX: number;
  /** Baseline of the label. */
  labelY: number;
  labelWidth: number;
  /** Which of the label widths given for the event was used (0 = the longest). */
  labelChoice: number;
  /** The mark runs past the left or right edge of the window. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface TimelineLayout {
  width: number;
  /** Height of the lanes area (the axis is drawn above it). */
  height: number;
  lanes: number;
  plotLeft: number;
  plotRight: number;
  scale: TimeScale;
  ticks: TickPlan;
  marks: PlacedMark[];
}

/** Events whose span overlaps the window [start, end). */
export function eventsInView(
  events: readonly TimelineEvent[],
  window: readonly [number, number],
): TimelineEvent[] {
  const [start, end] = window;
  return events.filter((e) => e.span.end > start && e.span.start < end);
}

/** The smallest window that holds every event, or null when there are none. */
export function dataExtent(events: readonly TimelineEvent[]): [number, number] | null {
  if (events.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    if (e.span.start < start) start = e.span.start;
    if (e.span.end > end) end = e.span.end;
  }
  return [start, end];
}

/**
 * Widens a window by a share of its length on each side (at least a day), so edge
 * marks aren't cut, and to at least `minLength` around its middle, so data from a
 * single day isn't drawn at the scale of hours it doesn't have.
 */
export function padWindow(
  window: readonly [number, number],
  share = 0.02,
  minLength = 14 * DAY,
): [number, number] {
  const pad = Math.max(DAY, (window[1] - window[0]) * share);
  let [start, end] = [window[0] - pad, window[1] + pad];
  if (end - start < minLength) {
    const middle = (start + end) / 2;
    [start, end] = [middle - minLength / 2, middle + minLength / 2];
  }
  return [start, end];
}

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const o = { ...DEFAULT_LAYOUT, ...input.options };
  const width = Math.max(0, input.width);
  const plotLeft = o.marginLeft;
  const plotRight = Math.max(plotLeft, width - o.marginRight);
  const [start, end] = input.window;
  // Instants go in as numbers, not Dates: deep time (the Big Bang) is past what a Date can hold.
  const scale = timeScale([start, end], [plotLeft, plotRight]);
  const ticks = chooseTicks([start, end], plotRight - plotLeft, o.minTickSpacing);

  const visible = eventsInView(input.events, input.window);
  const clamp = (x: number) => Math.min(plotRight, Math.max(plotLeft, x));

  const geometry = visible.map((event) => {
    const kind = event.kind;
    let x0: number;
    let x1: number;
    if (kind === 'point') {
      // A day event sits at the middle of its day, so it is right at every zoom level.
      x0 = x1 = clamp(scale(event.span.start + DAY / 2));
    } else {
      x0 = scale(event.span.start);
      x1 = scale(event.span.end);
      const min = kind === 'approximate' ? o.minBandWidth : o.minBarWidth;
      if (x1 - x0 < min) {
        const mid = (x0 + x1) / 2;
        x0 = mid - min / 2;
        x1 = mid + min / 2;
      }
      x0 = clamp(x0);
      x1 = clamp(x1);
    }
    const markLeft = kind === 'point' ? x0 - o.pointRadius : x0;
    const markRight = kind === 'point' ? x1 + o.pointRadius : x1;
    const widths = [input.labelWidth(event)].flat();
    // A label starts where its mark starts, and is pulled back in when it would run off the plot.
    const labels = widths.map((w): [number, number] => {
      const width = Math.min(w, plotRight - plotLeft);
      const x = Math.max(plotLeft, Math.min(markLeft, plotRight - width));
      return [x, x + width];
    });
    return { event, kind, x0, x1, markLeft, markRight, labels };
  });

  const items: LaneItem[] = geometry.map((g) => ({
    mark: [g.markLeft, g.markRight],
    label: g.labels[0] ?? [g.markLeft, g.markLeft],
    shorterLabels: g.labels.slice(1),
  }));
  const placements = packLanes(items, { lanes: Math.max(1, o.maxLanes), gap: o.gap });

  let lanes = 0;
  const marks: PlacedMark[] = geometry.map((g, i) => {
    const { lane, labelled, labelChoice } = placements[i]!;
    const label = g.labels[labelChoice] ?? g.labels[0] ?? [g.markLeft, g.markLeft];
    lanes = Math.max(lanes, lane + 1);
    const top = lane * o.laneHeight;
    return {
      event: g.event,
      kind: g.kind,
      lane,
      x0: g.x0,
      x1: g.x1,
      y: top + o.laneHeight - o.pointRadius - 6,
      labelled,
      labelX: label[0],
      labelY: top + 15,
      labelWidth: label[1] - label[0],
      labelChoice,
      clippedStart: g.event.span.start < start,
      clippedEnd: g.event.span.end > end,
    };
  });

  return { width, height: lanes * o.laneHeight, lanes, plotLeft, plotRight, scale, ticks, marks };
}
