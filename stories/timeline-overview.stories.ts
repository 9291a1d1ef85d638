import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/event-timeline';
import '../src/timeline-overview';
import type { EventTimeline } from '../src/event-timeline';
import type { TimelineOverview } from '../src/timeline-overview';
import { idlib2018Input } from '../src/data/idlib-2018';
import { syntheticEvents } from '../src/data/synthetic';
import type { TimelineDatasetInput, TimelineEventInput } from '../src/data/types';

interface Args {
  start?: string;
  end?: string;
  events?: TimelineEventInput[] | TimelineDatasetInput;
}

async function overviewRoot(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const overview = canvasElement.querySelector<TimelineOverview>('timeline-overview')!;
  await waitFor(() => expect(overview.shadowRoot?.querySelector('.brush .selection')).toBeTruthy(), {
    timeout: 4000,
  });
  return overview.shadowRoot!;
}

const meta: Meta<Args> = {
  title: 'Components/timeline-overview',
  component: 'timeline-overview',
  args: { events: idlib2018Input },
  render: (args) => html`
    <event-timeline
      id="overview-story"
      heading="The end of IS in eastern Idlib"
      zoom-controls
      start=${ifDefined(args.start)}
      end=${ifDefined(args.end)}
      .events=${args.events}
    ></event-timeline>
    <timeline-overview for="overview-story"></timeline-overview>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The whole story in a strip: events under way per week, the brush over the timeline's window. */
export const WholeStory: Story = {};

/**
 * Zoomed to the last weeks. Drag the brush to move the timeline; drag its edges to zoom. From the
 * keyboard the strip is a slider: the play function moves it with the arrow keys.
 */
export const BrushAndKeys: Story = {
  args: { start: '2018-01-01', end: '2018-02-13' },
  play: async ({ canvasElement }) => {
    const root = await overviewRoot(canvasElement);
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    const before = timeline.visibleWindow!.start.getTime();
    const slider = root.querySelector<HTMLElement>('[role="slider"]')!;
    slider.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await waitFor(() => expect(timeline.visibleWindow!.start.getTime()).toBeLessThan(before));
    // The brush follows.
    await waitFor(() => {
      const x = Number(root.querySelector('.brush .selection')!.getAttribute('x'));
      const width = canvasElement.querySelector('timeline-overview')!.getBoundingClientRect().width;
      const full = timeline.fullWindow!;
      const share =
        (timeline.visibleWindow!.start.getTime() - full.start.getTime()) /
        (full.end.getTime() - full.start.getTime());
      return expect(Math.abs(x - share * width)).toBeLessThan(1.5);
    });
  },
};

/** 1,000 synthetic events: the histogram shows where they bunch. */
export const ThousandEvents: Story = {
  args: { events: syntheticEvents(1000, 7), start: '2017-06-01', end: '2017-09-30' },
};
