// Runs in UTC, Pacific/Kiritimati (UTC+14), Pacific/Pago_Pago (UTC-11) and America/Los_Angeles
// (UTC-8, UTC-7 in summer) against one snapshot:
// the drawing must not move by a day, whatever the visitor's clock says.
import { afterEach, expect, it } from 'vitest';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

const round = (value: string | null) => (value ?? '').replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1));

it('draws the same marks, ticks and names in every time zone', async () => {
  const root = await untilDrawn(mountTimeline({ events: idlib2018Input, width: 1000 }));
  // Positions only, not lanes: lanes depend on label widths, and so on the fonts installed.
  const marks = [...root.querySelectorAll<SVGGElement>('g.event')].map((g) => {
    const mark = g.querySelector('.mark')!;
    // A mark is drawn from its group, which stands where the event starts (render-mark.ts).
    const x = /translate\(([^,]+)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? null;
    const point = mark.localName === 'path';
    return `${g.dataset.id} ${round(point ? `translate(${x})` : null)} ${round(point ? null : x)} ${round(mark.getAttribute('width'))}`;
  });
  // Tick positions, not texts: which texts fit depends on the fonts installed too.
  const ticks = [...root.querySelectorAll('.tick')].map((t) => round(t.getAttribute('transform')));
  const names = [...root.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('aria-label'));
  // The instance really runs in one of the four zones (UTC, UTC+14, UTC-11, Los Angeles in winter).
  expect([0, -840, 660, 480]).toContain(new Date(Date.UTC(2018, 1, 13)).getTimezoneOffset());
  await expect([...ticks, ...marks, ...names].join('\n')).toMatchFileSnapshot('./__snapshots__/drawing.txt');
});
