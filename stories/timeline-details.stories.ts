import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/event-timeline';
import '../src/timeline-details';
import type { EventTimeline } from '../src/event-timeline';
import type { TimelineDetails } from '../src/timeline-details';
import { idlib2018Input } from '../src/data/idlib-2018';
import type { TimelineDatasetInput, TimelineEventInput } from '../src/data/types';

interface Args {
  selected?: string;
  locale?: string;
  headingLevel?: number;
  events?: TimelineEventInput[] | TimelineDatasetInput;
  start?: string;
  end?: string;
}

/** The panel's shadow root once it shows an event (or its hint). */
async function panel(canvasElement: HTMLElement, selector = '.title'): Promise<ShadowRoot> {
  const details = canvasElement.querySelector<TimelineDetails>('timeline-details')!;
  await waitFor(() => expect(details.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 4000 });
  return details.shadowRoot!;
}

const meta: Meta<Args> = {
  title: 'Components/timeline-details',
  component: 'timeline-details',
  argTypes: {
    selected: { control: 'text', description: 'Id of the selected event (on the timeline)' },
    locale: { control: 'text', description: 'BCP 47 locale for dates' },
    headingLevel: { control: 'number', description: 'Heading level of the event title' },
  },
  args: { events: idlib2018Input, start: '2018-01-01', end: '2018-02-13' },
  render: (args) => html`
    <event-timeline
      id="details-story"
      heading="Eastern Idlib, January – February 2018"
      start=${ifDefined(args.start)}
      end=${ifDefined(args.end)}
      selected=${ifDefined(args.selected || undefined)}
      locale=${ifDefined(args.locale || undefined)}
      .events=${args.events}
    ></event-timeline>
    <timeline-details
      for="details-story"
      heading-level=${ifDefined(args.headingLevel)}
      style="display: block; margin-top: 1rem; max-width: 52rem"
    ></timeline-details>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The surrender of 13 February 2018. Sources disagree on how many surrendered (as many as 400
 * fighters, or about 250 fighters and 400 people in all) and where: their accounts sit side by side.
 */
export const DisagreeingSources: Story = {
  args: { selected: 'is-surrender-eastern-idlib' },
  play: async ({ canvasElement }) => {
    const root = await panel(canvasElement);
    await expect(root.querySelector('.sources.side-by-side')).toBeTruthy();
    const accounts = [...root.querySelectorAll('.account')].map((a) => a.textContent ?? '');
    await expect(accounts.some((a) => /250/.test(a))).toBe(true);
    await expect(accounts.some((a) => /400/.test(a))).toBe(true);
  },
};

/** An approximate date, written as precisely as it is known: "early February 2018". */
export const ApproximateDate: Story = {
  args: { selected: 'army-clears-is-pocket' },
  play: async ({ canvasElement }) => {
    const root = await panel(canvasElement);
    await expect(root.querySelector('.date')?.textContent).toBe('early February 2018');
  },
};

/** Nothing selected yet: a hint. Clicking an event on the timeline shows it, and Next steps on. */
export const SelectOnTheTimeline: Story = {
  play: async ({ canvasElement }) => {
    await panel(canvasElement, '.empty');
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="option"]')).toBeTruthy());
    const option = timeline.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!;
    await userEvent.click(option);
    const root = await panel(canvasElement);
    const first = root.querySelector('.title')?.textContent;
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.next')!);
    await waitFor(() => expect(root.querySelector('.title')?.textContent).not.toBe(first));
  },
};

/** `locale="en-GB"`: dates in British English. `heading-level="3"` for a page where the panel sits under an h2. */
export const BritishEnglish: Story = {
  args: { selected: 'abu-kamal-declared-captured', locale: 'en-GB', headingLevel: 3, start: '2017-10-01' },
};

/** A dataset with a `javascript:` source URL and markup in its text: no link, and the text shown as text. */
export const UntrustedData: Story = {
  args: {
    start: undefined,
    end: undefined,
    selected: 'untrusted',
    events: [
      {
        id: 'untrusted',
        title: 'A title with <b>markup</b> in it',
        start: '2018-02-13',
        confidence: 'claimed',
        summary: 'The first source has a javascript: URL; it is shown without a link.',
        sources: [
          {
            publisher: 'Untrusted',
            url: 'javascript:alert(1)',
            quote: 'A quote <img src=x onerror=alert(1)>',
          },
          {
            publisher: 'Example',
            url: 'https://example.org/report',
            title: 'A safe report',
            quote: 'A quote.',
          },
        ],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const root = await panel(canvasElement);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.href);
    await expect(links).toEqual(['https://example.org/report']);
    await expect(root.querySelector('img, b')).toBeNull();
  },
};
