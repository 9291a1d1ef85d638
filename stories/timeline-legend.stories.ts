import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/event-timeline';
import '../src/timeline-legend';
import type { EventTimeline } from '../src/event-timeline';
import type { TimelineLegend } from '../src/timeline-legend';
import { idlib2018Input } from '../src/data/idlib-2018';

interface Args {
  categories?: string;
}

async function legendRoot(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const legend = canvasElement.querySelector<TimelineLegend>('timeline-legend')!;
  await waitFor(() => expect(legend.shadowRoot?.querySelector('button.toggle')).toBeTruthy(), {
    timeout: 4000,
  });
  return legend.shadowRoot!;
}

const statusText = (root: ShadowRoot) =>
  root.querySelector('.status')?.textContent?.replace(/\s+/g, ' ').trim();

const meta: Meta<Args> = {
  title: 'Components/timeline-legend',
  component: 'timeline-legend',
  argTypes: {
    categories: { control: 'text', description: 'The timeline’s categories attribute, as the page sets it' },
  },
  render: (args) => html`
    <timeline-legend for="legend-story"></timeline-legend>
    <event-timeline
      id="legend-story"
      heading="The end of IS in eastern Idlib"
      categories=${ifDefined(args.categories || undefined)}
      .events=${idlib2018Input}
    ></event-timeline>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Toggling "capture" off hides its events, and the live region says how many are shown. */
export const ToggleACategory: Story = {
  play: async ({ canvasElement }) => {
    const root = await legendRoot(canvasElement);
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    const capture = [...root.querySelectorAll<HTMLButtonElement>('button.toggle')].find(
      (b) => b.querySelector('.name')?.textContent === 'capture',
    )!;
    await userEvent.click(capture);
    await expect(capture.getAttribute('aria-pressed')).toBe('false');
    await expect(timeline.getAttribute('categories')).not.toContain('capture');
    await waitFor(() => expect(statusText(root)).toMatch(/^Showing \d+ of 35 events\.$/));
  },
};

/** The search box finds words in titles, actors and places: "Khuwayn" is both a title word and a place. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const root = await legendRoot(canvasElement);
    await userEvent.type(root.querySelector('input')!, 'Khuwayn');
    await waitFor(() => expect(statusText(root)).toBe('Showing 3 of 35 events.'));
  },
};

/** A `categories` attribute the page set itself: the legend shows it. */
export const PresetCategories: Story = {
  args: { categories: 'surrender,declaration' },
  play: async ({ canvasElement }) => {
    const root = await legendRoot(canvasElement);
    const pressed = [...root.querySelectorAll('fieldset[part="categories"] button[aria-pressed="true"]')];
    await expect(pressed.map((b) => b.querySelector('.name')?.textContent)).toEqual([
      'declaration',
      'surrender',
    ]);
  },
};
