/**
 * Swimlanes (`group-by`): one labelled band of lanes per category, actor or place, stacked top to
 * bottom. An event with several actors (or places) is drawn in each of their bands. Pure: built on
 * `layoutTimeline`, one call per band.
 */
import type { TimelineEvent } from '../data/types';
import { categoryStyles, UNCATEGORISED } from './categories';
import { layoutTimeline, type LayoutInput, type PlacedMark, type TimelineLayout } from './timeline-layout';

import type { GroupBy } from './group-by';

export { GROUP_BYS, type GroupBy } from './group-by';

/** The events of one band. */
export interface EventGroup {
  /** Stable key: the category, actor or place name; '' for events that name none. */
  key: string;
  label: string;
  events: TimelineEvent[];
}

/**
 * Splits time-ordered events into bands. Categories keep the order of their colours; actors and
 * places go from the busiest to the quietest, ties in order of first appearance; events that
 * name no actor (or place) come last, under `noneLabel`.
 */
export function groupEvents(events: readonly TimelineEvent[], by: GroupBy, noneLabel: string): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  const add = (key: string, label: string, event: TimelineEvent) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label, events: [] }));
    if (group.events.at(-1) !== event) group.events.push(event);
  };
  for (const event of events) {
    if (by === 'category') {
      const category = event.category ?? UNCATEGORISED;
      add(category, category, event);
      continue;
    }
    const names = by === 'actor' ? (event.actors ?? []) : (event.places ?? []).map((p) => p.name);
    const keys = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
    if (keys.length === 0) add('', noneLabel, event);
    for (const key of keys) add(key, key, event);
  }
  const list = [...groups.values()];
  if (by === 'category') {
    const order = categoryStyles(events.map((e) => e.category));
    return list.sort((a, b) => (order.get(a.key)?.order ?? 0) - (order.get(b.key)?.order ?? 0));
  }
  const first = new Map(list.map((g, i) => [g.key, i]));
  return list.sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') ||
      b.events.length - a.events.length ||
      first.get(a.key)! - first.get(b.key)!,
  );
}

/** A band as drawn: its header row, then its lanes. */
export interface PlacedGroup {
  key: string;
  label: string;
  /** Events of the band inside the window. */
  count: number;
  /** Top of the header row, and the band's full height, in px from the top of the lanes area. */
  top: number;
  height: number;
  collapsed: boolean;
}

/** A mark in a band. The same event may have a mark in several bands. */
export interface GroupedMark extends PlacedMark {
  group: string;
  /** How many bands the event is drawn in (1 for most). */
  copies: number;
}

export interface SwimlaneLayout extends TimelineLayout {
  groups: PlacedGroup[];
  marks: GroupedMark[];
}

export interface SwimlaneInput extends LayoutInput {
  groups: readonly EventGroup[];
  /** Keys of the bands drawn as a header only. */
  collapsed: ReadonlySet<string>;
  /** Height of a band's header row. */
  headerHeight: number;
}

/**
 * Lays out each band that has events in the window, one under the other: a header row, then the
 * band's own lanes, packed as `layoutTimeline` packs them. A collapsed band keeps its header (and
 * its count) but draws no marks.
 */
export function layoutSwimlanes(input: SwimlaneInput): SwimlaneLayout {
  const copies = new Map<string, number>();
  const bands = input.groups
    .map((group) => ({ group, layout: layoutTimeline({ ...input, events: group.events }) }))
    .filter((band) => band.layout.marks.length > 0);
  for (const { layout } of bands) {
    for (const m of layout.marks) copies.set(m.event.id, (copies.get(m.event.id) ?? 0) + 1);
  }
  // The shared frame (scale, ticks, plot edges) is the same for every band: take it from an empty layout.
  const frame = layoutTimeline({ ...input, events: [] });
  const groups: PlacedGroup[] = [];
  const marks: GroupedMark[] = [];
  let top = 0;
  let lanes = 0;
  for (const { group, layout } of bands) {
    const collapsed = input.collapsed.has(group.key);
    const body = collapsed ? 0 : layout.height;
    groups.push({
      key: group.key,
      label: group.label,
      count: layout.marks.length,
      top,
      height: input.headerHeight + body,
      collapsed,
    });
    if (!collapsed) {
      const shift = top + input.headerHeight;
      for (const m of layout.marks) {
        marks.push({
          ...m,
          y: m.y + shift,
          labelY: m.labelY + shift,
          group: group.key,
          copies: copies.get(m.event.id) ?? 1,
        });
      }
      lanes += layout.lanes;
    }
    top += input.headerHeight + body;
  }
  return { ...frame, height: top, lanes, marks, groups };
}
