import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref as refDirective } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { syntheticEvents } from '../src/data/synthetic';

/** Frames drawn in the last second, shown beside the timeline while you zoom. */
function frameRate(output: HTMLOutputElement): void {
  const frames: number[] = [];
  const tick = (now: number) => {
    if (!output.isConnected) return;
    frames.push(now);
    while (frames.length > 0 && frames[0]! < now - 1000) frames.shift();
    output.value = `${frames.length} frames per second`;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Zooms the timeline in or out around the middle of its window by setting `start` and `end`. */
function zoom(timeline: EventTimeline, factor: number): void {
  const day = 86_400_000;
  const start = Date.parse(timeline.start ?? '2017-01-01');
  const end = Date.parse(timeline.end ?? '2018-02-13') + day;
  const middle = (start + end) / 2;
  const half = Math.max(day, ((end - start) * factor) / 2);
  timeline.start = new Date(middle - half).toISOString().slice(0, 10);
  timeline.end = new Date(middle + half - day).toISOString().slice(0, 10);
}

type Args = { count: number; view?: 'chart' | 'table' };

const meta: Meta<Args> = {
  title: 'Scale/100,000 events',
  component: 'event-timeline',
  args: { count: 100_000 },
  argTypes: { count: { control: { type: 'number', min: 0, max: 200_000, step: 1000 } } },
  render: ({ count, view = 'chart' }) => {
    const events = syntheticEvents(count, 3);
    const ref = (el?: Element) => el && frameRate(el as HTMLOutputElement);
    const timeline = () => document.querySelector<EventTimeline>('#big');
    return html`
      <p>
        <button type="button" @click=${() => zoom(timeline()!, 0.5)}>Zoom in</button>
        <button type="button" @click=${() => zoom(timeline()!, 2)}>Zoom out</button>
        <output ${refDirective(ref)} aria-live="off">– frames per second</output>
      </p>
      <event-timeline
        id="big"
        heading=${`${count.toLocaleString('en')} synthetic events`}
        start="2017-01-01"
        end="2018-02-13"
        view=${view}
        .events=${events}
      ></event-timeline>
    `;
  },
};
export default meta;

/** 100,000 seeded events: a density band, one focusable event, and a frame-rate readout while zooming. */
export const HundredThousand: StoryObj<Args> = {
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('canvas.density')).toBeTruthy(), {
      timeout: 20_000,
    });
  },
};

/** The same 100,000 events as a table: one page of 100 rows, with Previous and Next rows. */
export const HundredThousandAsTable: StoryObj<Args> = {
  args: { view: 'table' },
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    const rows = () => timeline.shadowRoot?.querySelector('.pager .rows')?.textContent?.trim();
    await waitFor(() => expect(rows()).toBe('Rows 1–100 of 100,000'), { timeout: 20_000 });
    await expect(timeline.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(100);
  },
};
