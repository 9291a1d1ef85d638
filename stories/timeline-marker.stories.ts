import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/event-timeline';
import '../src/timeline-marker';
import type { EventTimeline } from '../src/event-timeline';
import { idlib2018Input } from '../src/data/idlib-2018';

interface Args {
  date: string;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Components/timeline-marker',
  component: 'timeline-marker',
  argTypes: {
    date: { control: 'text', description: 'The date marked (partial ISO date or UTC date-time)' },
    label: { control: 'text', description: 'The words beside the line' },
  },
  args: { date: '2018-02-13', label: 'Article published' },
  render: (args) => html`
    <event-timeline heading="The end of IS in eastern Idlib" locale="en-GB" .events=${idlib2018Input}>
      <timeline-marker date=${args.date} label=${args.label}></timeline-marker>
    </event-timeline>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The day of the article: a dashed line through 13 February 2018, labelled in a strip under the axis. */
export const ArticlePublished: Story = {
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    await waitFor(() =>
      expect(timeline.shadowRoot?.querySelector('.marker-label')?.textContent).toBe('Article published'),
    );
  },
};

/** Markers close together stack their labels in a second row rather than overlap. */
export const SeveralMarkers: Story = {
  render: () => html`
    <event-timeline
      heading="Eastern Idlib, 2018"
      start="2018-01-01"
      end="2018-02-13"
      .events=${idlib2018Input}
    >
      <timeline-marker date="2018-01-30" label="IS pocket in Uqayrbat ends (approx.)"></timeline-marker>
      <timeline-marker date="2018-02-01" label="Government advance"></timeline-marker>
      <timeline-marker date="2018-02-13" label="Article published"></timeline-marker>
    </event-timeline>
  `,
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    await waitFor(() => expect(timeline.shadowRoot?.querySelectorAll('.marker-label').length).toBe(3));
  },
};
