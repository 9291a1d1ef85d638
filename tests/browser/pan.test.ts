// A pan moves what is drawn, and nothing else: each mark that stays in view keeps its lane and its
// own attributes (the marks' group moves, timeline.ts `_panShift`), lands where a fresh drawing of
// the new window puts it, and its option goes with it. Left to right and right to left.
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../src/data/synthetic';
import type { EventTimeline } from '../../src/event-timeline';
import { mountTimeline, unmountAll, untilDrawn } from './mount';
import { overlaps, textBoxes } from './overlap';

afterEach(unmountAll);

// 1,000 events, a fifth of their span in view: about 200 marks, every lane in use.
const events = syntheticEvents(1000, 7);
const [from, to] = [Date.parse('2017-06-01'), Date.parse('2017-08-26')];
const fifth = (to - from) / 5;

/** Each drawn mark's id → its group's transform, its on-screen left and top, and its option's. */
function drawn(root: ShadowRoot) {
  const marks = new Map<string, { transform: string; left: number; top: number; option?: DOMRect }>();
  for (const g of root.querySelectorAll<SVGGElement>('g.event')) {
    const box = g.querySelector('.mark')!.getBoundingClientRect();
    marks.set(g.dataset.id!, { transform: g.getAttribute('transform')!, left: box.left, top: box.top });
  }
  for (const option of root.querySelectorAll<HTMLElement>('[role="option"]')) {
    const mark = marks.get(option.dataset.id!);
    if (mark) mark.option = option.getBoundingClientRect();
  }
  return marks;
}

async function panned(direction: 'ltr' | 'rtl', by: number) {
  const timeline = mountTimeline({ events, width: 1280, attributes: { dir: direction } });
  const root = await untilDrawn(timeline);
  await timeline.zoomTo(new Date(from), new Date(to), { animate: false });
  await timeline.updateComplete;
  const before = drawn(root);
  await timeline.zoomTo(new Date(from + by), new Date(to + by), { animate: false });
  await timeline.updateComplete;
  return { timeline, root, before, after: drawn(root) };
}

/** The same window drawn straight away, not reached by a pan. */
async function direct(direction: 'ltr' | 'rtl', by: number): Promise<EventTimeline> {
  const timeline = mountTimeline({ events, width: 1280, attributes: { dir: direction } });
  await untilDrawn(timeline);
  await timeline.zoomTo(new Date(from + by), new Date(to + by), { animate: false });
  await timeline.updateComplete;
  return timeline;
}

describe('panning', () => {
  for (const direction of ['ltr', 'rtl'] as const) {
    for (const by of [-fifth, fifth]) {
      it(`${direction}, a fifth of the window ${by < 0 ? 'earlier' : 'later'}: marks that stay keep their lane and attributes, and land where a fresh drawing puts them`, async () => {
        const { root, before, after } = await panned(direction, by);
        const fresh = drawn((await direct(direction, by)).shadowRoot!);
        const stayed = [...after.keys()].filter((id) => before.has(id));
        expect(stayed.length).toBeGreaterThan(120);
        // Lanes as before (all but the odd mark: lanes.ts), and most groups not written at all.
        const moved = stayed.filter((id) => after.get(id)!.top !== before.get(id)!.top);
        expect(moved.length).toBeLessThanOrEqual(stayed.length / 50);
        const untouched = stayed.filter((id) => after.get(id)!.transform === before.get(id)!.transform);
        expect(untouched.length).toBeGreaterThan(stayed.length * 0.9);
        // On screen, each moved by the pan: to where a timeline drawn at this window has it.
        const shift = (by / (to - from)) * (1280 - 40) * (direction === 'rtl' ? 1 : -1);
        for (const id of stayed) {
          const [a, b] = [before.get(id)!, after.get(id)!];
          if (fresh.has(id) && Math.abs(a.left + shift - b.left) > 0.5) continue; // clamped at an edge
          expect(b.left).toBeCloseTo(fresh.get(id)!.left, 1);
          // Its option (the keyboard's and the pointer's target) is still over it.
          expect(b.option!.left).toBeLessThanOrEqual(b.left + 0.5);
          expect(b.option!.right).toBeGreaterThanOrEqual(b.left - 0.5);
        }
        // And no label is drawn over another.
        expect(overlaps(textBoxes(root, '.label'))).toEqual([]);
      });
    }
  }
});
