import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import csvUrl from '../tests/fixtures/csv/timeline-template.csv?url';
import allMediaUrl from '../tests/fixtures/timelinejs/all-media-types.json?url';
import cosmosUrl from '../tests/fixtures/timelinejs/cosmo-mixed.json?url';
import erasUrl from '../tests/fixtures/timelinejs/eras.json?url';
import twainUrl from '../tests/fixtures/timelinejs/marktwain.json?url';
import womenUrl from '../tests/fixtures/timelinejs/women_in_computing.json?url';

interface Args {
  src: string;
  format: 'json' | 'timelinejs' | 'csv';
  events: number;
}

/**
 * `format="timelinejs"` and `format="csv"` load TimelineJS files with `src`, no conversion step:
 * slides become events, eras become background periods, HTML in the text becomes plain text.
 */
const meta: Meta<Args> = {
  title: 'Import/TimelineJS',
  component: 'event-timeline',
  argTypes: {
    src: { control: 'text' },
    format: { control: 'select', options: ['json', 'timelinejs', 'csv'] },
    events: { table: { disable: true } },
  },
  render: ({ src, format }) => html`<event-timeline src=${src} format=${format}></event-timeline>`,
  play: async ({ canvasElement, args }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    // Every slide of the file arrives as an event, and none is reported as a problem.
    await waitFor(
      () => expect(timeline.shadowRoot?.querySelectorAll('[role="option"]').length).toBe(args.events),
      {
        timeout: 6000,
      },
    );
    await expect(timeline.problems).toEqual([]);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** TimelineJS's eras example: three eras drawn as bands behind twenty events of the 7th century. */
export const Eras: Story = { args: { src: erasUrl, format: 'timelinejs', events: 20 } };

/** From the Big Bang to the Hubble telescope on one axis: deep-time years such as -13800000000. */
export const DeepTime: Story = { args: { src: cosmosUrl, format: 'timelinejs', events: 11 } };

/** Mark Twain: dates with times of day (dropped: dates go to the day), places from `location`. */
export const MarkTwain: Story = { args: { src: twainUrl, format: 'timelinejs', events: 17 } };

/** Women in computing: spans with `end_date`, blank date parts, a blockquote as media. */
export const WomenInComputing: Story = { args: { src: womenUrl, format: 'timelinejs', events: 10 } };

/** TimelineJS's media test: 41 slides in groups, with every kind of media. */
export const AllMediaTypes: Story = { args: { src: allMediaUrl, format: 'timelinejs', events: 41 } };

/** A CSV saved from TimelineJS's Google Sheets template: a title row, era rows and event rows. */
export const SpreadsheetCSV: Story = { args: { src: csvUrl, format: 'csv', events: 6 } };
