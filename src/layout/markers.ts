/**
 * Reference markers (`<timeline-marker date="2018-02-13" label="Article published">`): where each
 * line goes, and which labels have room. Pure: labels come in measured.
 */
import { DAY, parsePartialDate } from '../data/dates';
import { parseWindowEdge } from '../data/window-edges';

export interface MarkerInput {
  date: string;
  label: string;
}

export interface PlacedMarker extends MarkerInput {
  /** The instant the line marks (UTC ms). */
  at: number;
  /** Position of the line along the time axis, in px. */
  position: number;
  /** Start of the label along the time axis, and its length, in px. */
  labelStart: number;
  labelLength: number;
  /** Which row of marker labels it sits in. */
  row: number;
  /** Whether its label is drawn; a line without room for its label still shows. */
  labelled: boolean;
}

/**
 * The instant a marker's date names: the middle of a day, as day events are drawn, so a marker on
 * 13 February lines up with the events of that day; the start of a month or year; a date-time
 * exactly. Null when the date cannot be read.
 */
export function markerInstant(date: string): number | null {
  const period = parsePartialDate(date.trim());
  if (period) return period.precision === 'day' ? period.start + DAY / 2 : period.start;
  return parseWindowEdge(date, 'start');
}

/**
 * Places the markers that fall inside `window` along a time axis that runs over `range` px, their
 * labels centred on their lines and kept within the range, each in the first of `maxRows` rows
 * where it clears the labels before it by `gap`. Returns them in time order, and how many rows
 * hold labels.
 */
export function layoutMarkers(
  markers: readonly MarkerInput[],
  window: readonly [number, number],
  range: readonly [number, number],
  labelLength: (label: string) => number,
  maxRows = 2,
  gap = 8,
): { markers: PlacedMarker[]; rows: number } {
  const [t0, t1] = window;
  const [r0, r1] = range;
  const toPosition = (t: number) => r0 + ((t - t0) / (t1 - t0)) * (r1 - r0);
  const placed = markers
    .map((m) => ({ ...m, at: markerInstant(m.date) }))
    .filter((m): m is MarkerInput & { at: number } => m.at !== null && m.at >= t0 && m.at <= t1)
    .sort((a, b) => a.at - b.at);
  const rowEnds: number[] = Array.from({ length: Math.max(0, maxRows) }, () => -Infinity);
  let rows = 0;
  const out = placed.map((m): PlacedMarker => {
    const position = toPosition(m.at);
    const length = Math.min(Math.max(0, labelLength(m.label)), r1 - r0);
    const labelStart = Math.max(r0, Math.min(position - length / 2, r1 - length));
    const row = m.label.trim() ? rowEnds.findIndex((end) => end + gap <= labelStart) : -1;
    if (row >= 0) {
      rowEnds[row] = labelStart + length;
      rows = Math.max(rows, row + 1);
    }
    return {
      date: m.date,
      label: m.label,
      at: m.at,
      position,
      labelStart,
      labelLength: length,
      row: Math.max(0, row),
      labelled: row >= 0,
    };
  });
  return { markers: out, rows };
}
