/**
 * The vertical layout as the timeline draws it: one label beside each mark, fitted to the room
 * beside the marks, the axis column as wide as its longest tick label, and the `<timeline-marker>`
 * labels fitted too. Part of the vertical chunk (vertical-part.ts), so a horizontal timeline never
 * downloads it.
 */
import type { TimelineEvent } from '../data/types';
import { eventTitle } from '../i18n/event-title';
import { fitLabel, type FittedLabel } from '../layout/label-fit';
import type { MarkerInput } from '../layout/markers';
import { chooseTicks, formatTick } from '../layout/ticks';
import {
  DEFAULT_VERTICAL,
  layoutVertical,
  verticalHeight,
  type VerticalLayout,
} from '../layout/vertical-layout';
import { textMeasurer } from './measure-text';

export interface VerticalFitInput {
  events: readonly TimelineEvent[];
  window: [number, number];
  width: number;
  /** How many events pass the filters: the height follows it, whatever the zoom. */
  shown: number;
  /** The font family, and the labels' whole font. */
  family: string;
  labelFont: string;
  locale: string;
  rtl: boolean;
  markers: readonly MarkerInput[];
  /** Where a marker's date falls (markers-part.ts); absent when there are no markers. */
  markerInstant?: (date: string) => number | null;
  /** The timeline's cache of fitted labels, by event id, kept across draws. */
  labels: Map<string, { key: string; fitted: FittedLabel[] }>;
}

export function fitVertical(input: VerticalFitInput): {
  layout: VerticalLayout;
  markerTexts: Map<number, string>;
} {
  const { events, window, locale, labels, labelFont: font } = input;
  const measure = textMeasurer(font);
  const markerFont = textMeasurer(`600 11px ${input.family}`);
  // As tall as the shown events need, whatever the zoom, so the page does not jump while zooming.
  const height = verticalHeight(input.shown);
  // The axis column is as wide as its longest tick label ("كانون الثاني ٢٠١٧" is longer than "Jan 2017").
  const tickFont = textMeasurer(`12px ${input.family}`);
  const { ticks, unit } = chooseTicks(
    window,
    height - 2 * DEFAULT_VERTICAL.padding,
    DEFAULT_VERTICAL.minTickSpacing,
  );
  const longestTick = Math.max(
    0,
    ...ticks.map((t, i) => tickFont(formatTick(t, unit, locale, ticks[i - 1]))),
  );
  const axisWidth = Math.min(140, Math.max(48, Math.ceil(longestTick) + 16));
  const instant = input.markerInstant ?? (() => null);
  const markers = input.markers
    .map((m) => ({ ...m, at: instant(m.date) }))
    .filter((m): m is { date: string; label: string; at: number } => m.at !== null);
  const markerTexts = new Map<number, string>();
  const layout = layoutVertical({
    events,
    window,
    width: input.width,
    height,
    labelWidth: (event, room) => {
      const title = eventTitle(event, locale);
      const key = `${font}|v${Math.round(room)}|${title}`;
      const known = labels.get(event.id);
      if (known?.key === key) return known.fitted[0]!.width;
      const fitted = [fitLabel(title, room, measure)];
      labels.set(event.id, { key, fitted });
      return fitted[0]!.width;
    },
    markers: markers.map((m) => ({
      at: m.at,
      date: m.date,
      label: m.label,
      labelWidth: (room: number) => {
        const fitted = fitLabel(m.label, room, markerFont);
        markerTexts.set(m.at, fitted.text);
        return fitted.width;
      },
    })),
    rtl: input.rtl,
    options: { axisWidth },
  });
  return { layout, markerTexts };
}
