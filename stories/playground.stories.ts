import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { expect, waitFor } from 'storybook/test';
import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import datasetUrl from '../data/idlib-2018.json?url';

// Controls, args and the template all come from custom-elements.json: every attribute, CSS custom
// property and CSS part of <event-timeline> as the analyzer read it from the component's JSDoc.
const { args, argTypes, template } = getStorybookHelpers<EventTimeline>('event-timeline', {
  excludeCategories: ['methods', 'slots'],
});

/**
 * Every attribute, custom property and part of `<event-timeline>`, with controls generated from
 * its Custom Elements Manifest: change any of them and the timeline follows.
 */
const meta: Meta<EventTimeline> = {
  title: 'Components/Playground',
  component: 'event-timeline',
  // The helpers start object properties at ""; `events` and `messages` start unset, so `src` is drawn.
  args: {
    ...args,
    events: undefined,
    messages: undefined,
    src: datasetUrl,
    heading: 'The end of IS in eastern Idlib',
    start: '2017-10-01',
  },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;
type Story = StoryObj<EventTimeline>;

/** Starts from the dataset by URL; try `theme`, `format`, `categories` or any `--timeline-*` token. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="option"]')).toBeTruthy(), {
      timeout: 6000,
    });
  },
};
