import { describe, expect, it } from 'vitest';
import { idlib2018 } from '../../src/data/idlib-2018';
import { groupEvents, layoutSwimlanes } from '../../src/layout/swimlanes';
import { dataExtent, padWindow } from '../../src/layout/timeline-layout';

const events = idlib2018.events;
const window = padWindow(dataExtent(events)!);
const base = { events, window, width: 1000, labelWidth: () => 120, headerHeight: 24 };

describe('groupEvents', () => {
  it('groupEvents(events, "category") makes one band per category, in key order', () => {
    const groups = groupEvents(events, 'category', 'None');
    expect(groups.map((g) => g.key)).toEqual([...new Set(events.map((e) => e.category))]);
    expect(groups.reduce((n, g) => n + g.events.length, 0)).toBe(events.length);
  });

  it('groupEvents(events, "actor") puts an event with several actors in each of their bands', () => {
    const groups = groupEvents(events, 'actor', 'No actor named');
    const surrender = events.find((e) => e.id === 'is-surrender-eastern-idlib')!;
    for (const actor of surrender.actors!) {
      expect(groups.find((g) => g.key === actor)!.events).toContain(surrender);
    }
    // Busiest first: IS is in most events.
    expect(groups[0]!.key).toBe('IS');
    for (let i = 1; i < groups.length; i++) {
      if (groups[i]!.key !== '')
        expect(groups[i]!.events.length).toBeLessThanOrEqual(groups[i - 1]!.events.length);
    }
  });

  it('groupEvents files events without a place under the none label, last', () => {
    const groups = groupEvents(
      [...events, { ...events[0]!, id: 'nowhere', places: [] }],
      'place',
      'No place named',
    );
    expect(groups.at(-1)).toMatchObject({ key: '', label: 'No place named' });
    expect(groups.at(-1)!.events.map((e) => e.id)).toContain('nowhere');
  });
});

describe('layoutSwimlanes', () => {
  it('layoutSwimlanes stacks the bands: each starts where the one before ends, marks inside their band', () => {
    const layout = layoutSwimlanes({
      ...base,
      groups: groupEvents(events, 'category', ''),
      collapsed: new Set(),
    });
    let top = 0;
    for (const group of layout.groups) {
      expect(group.top).toBe(top);
      top += group.height;
      for (const m of layout.marks.filter((m) => m.group === group.key)) {
        expect(m.y).toBeGreaterThan(group.top + 24);
        expect(m.y).toBeLessThan(group.top + group.height);
      }
    }
    expect(layout.height).toBe(top);
  });

  it('layoutSwimlanes counts the copies of an event drawn in several bands', () => {
    const layout = layoutSwimlanes({
      ...base,
      groups: groupEvents(events, 'actor', ''),
      collapsed: new Set(),
    });
    const surrender = layout.marks.filter((m) => m.event.id === 'is-surrender-eastern-idlib');
    expect(surrender).toHaveLength(3);
    expect(surrender.every((m) => m.copies === 3)).toBe(true);
    expect(new Set(surrender.map((m) => m.group)).size).toBe(3);
  });

  it('layoutSwimlanes draws a collapsed band as its header alone, keeping its count', () => {
    const groups = groupEvents(events, 'category', '');
    const open = layoutSwimlanes({ ...base, groups, collapsed: new Set() });
    const closed = layoutSwimlanes({ ...base, groups, collapsed: new Set(['capture']) });
    const capture = closed.groups.find((g) => g.key === 'capture')!;
    expect(capture).toMatchObject({ collapsed: true, height: 24 });
    expect(capture.count).toBe(open.groups.find((g) => g.key === 'capture')!.count);
    expect(closed.marks.some((m) => m.group === 'capture')).toBe(false);
    expect(closed.height).toBeLessThan(open.height);
  });

  it('layoutSwimlanes leaves out bands with nothing in the window', () => {
    const layout = layoutSwimlanes({
      ...base,
      window: [Date.parse('2018-02-12'), Date.parse('2018-02-14')],
      groups: groupEvents(events, 'category', ''),
      collapsed: new Set(),
    });
    expect(layout.groups.every((g) => g.count > 0)).toBe(true);
    expect(layout.groups.map((g) => g.key)).not.toContain('alliance');
  });
});
