// A part of the timeline that it needs (the swimlanes for group-by, the zoom buttons) on a slow
// network: the timeline keeps its drawing and the reader's focus until the part is here, and says it
// is busy. Each test holds back a part no earlier test in this file has fetched: a page fetches a part once.
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { mountTimeline, options, unmountAll, untilDrawn } from './mount';

const SWIMLANES = '**/swimlanes-part.ts*';
const ZOOM_BUTTONS = '**/render-zoom-controls.ts*';

afterEach(async () => {
  await commands.releaseRequests(SWIMLANES);
  await commands.releaseRequests(ZOOM_BUTTONS);
  unmountAll();
});

/** A while for a part to arrive, had it not been held: `updateComplete` would wait for the part itself. */
const aWhile = () => new Promise((r) => setTimeout(r, 300));

describe('a part on its way', () => {
  it('draws nothing before its first drawing, rather than a drawing without the part, then draws', async () => {
    await commands.holdRequests(ZOOM_BUTTONS);
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { 'zoom-controls': '' } });
    await aWhile();
    expect(options(timeline.shadowRoot!)).toHaveLength(0);
    await commands.releaseRequests(ZOOM_BUTTONS);
    const root = await untilDrawn(timeline, (r) => r.querySelector('.zoom-controls button') !== null);
    expect(options(root).length).toBeGreaterThan(0);
  });

  it('keeps the drawing and the focus, with aria-busy, until the swimlanes part arrives', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await untilDrawn(timeline);
    const drawn = options(root).length;
    const first = options(root)[0]!;
    await userEvent.click(first);
    expect(root.activeElement).toBe(first);

    await commands.holdRequests(SWIMLANES);
    timeline.setAttribute('group-by', 'category');
    await aWhile();
    // The drawing as it was, the focus where the reader left it, and the timeline busy.
    expect(options(root)).toHaveLength(drawn);
    expect(root.activeElement).toBe(first);
    expect(root.querySelector('.base')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('button.group-toggle')).toBeNull();

    await commands.releaseRequests(SWIMLANES);
    await untilDrawn(timeline, (r) => r.querySelector('button.group-toggle') !== null);
    expect(root.querySelector('.base')?.getAttribute('aria-busy')).toBe('false');
    expect(options(root)).toHaveLength(drawn);
  });
});
