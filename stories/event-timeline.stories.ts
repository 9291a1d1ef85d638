import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/event-timeline';
import { HOSTILE_TEXTS, hostileEvents } from '../tests/hostile-payloads';
import type { EventTimeline } from '../src/event-timeline';
import { idlib2018Input } from '../src/data/idlib-2018';
import { syntheticEvents } from '../src/data/synthetic';
import type { TimelineDatasetInput, TimelineEventInput } from '../src/data/types';
import datasetUrl from '../data/idlib-2018.json?url';

interface Args {
  src?: string;
  start?: string;
  end?: string;
  locale?: string;
  categories?: string;
  selected?: string;
  heading?: string;
  events?: TimelineEventInput[] | TimelineDatasetInput;
  width?: string;
  timeout?: number;
  hideProblems?: boolean;
  minZoom?: string;
  maxZoom?: string;
  zoomControls?: boolean;
  hashSync?: boolean;
  groupBy?: string;
  orientation?: 'horizontal' | 'vertical' | 'auto';
}

/** The shadow root of the story's timeline, once it has drawn. */
async function drawn(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
  await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="option"]')).toBeTruthy(), {
    timeout: 4000,
  });
  return timeline.shadowRoot!;
}

const meta: Meta<Args> = {
  title: 'Components/event-timeline',
  component: 'event-timeline',
  argTypes: {
    src: { control: 'text', description: 'URL of a dataset JSON' },
    start: { control: 'text', description: 'First day of the window (partial ISO date)' },
    end: { control: 'text', description: 'Last day of the window, inclusive' },
    locale: { control: 'text', description: 'BCP 47 locale' },
    categories: { control: 'text', description: 'Comma list of categories to show' },
    selected: { control: 'text', description: 'Id of the selected event' },
    heading: { control: 'text', description: 'Accessible name and visible heading' },
    events: { control: 'object', description: 'Events or a dataset object (property)' },
    width: { control: 'text', description: 'Width of the container (story only)' },
    timeout: { control: 'number', description: 'Milliseconds a src load may take' },
    hideProblems: { control: 'boolean', description: 'Hide the problems notice (hide-problems)' },
    minZoom: { control: 'text', description: 'Shortest window the reader can zoom in to (`1d`, `6h`)' },
    maxZoom: { control: 'text', description: 'Longest window the reader can zoom out to (`5y`)' },
    zoomControls: { control: 'boolean', description: 'On-screen zoom and pan buttons' },
    hashSync: { control: 'boolean', description: 'Selection in the page URL as #event=<id>' },
    orientation: {
      control: 'select',
      options: ['horizontal', 'vertical', 'auto'],
      description: 'Time across (horizontal), down the page (vertical), or vertical below 600 px (auto)',
    },
    groupBy: {
      control: 'select',
      options: ['', 'category', 'actor', 'place'],
      description: 'One band of lanes per category, actor or place',
    },
  },
  args: { heading: 'The end of IS in eastern Idlib, 2017 – 13 February 2018', events: idlib2018Input },
  render: (args) => html`
    <div style="max-width: ${args.width ?? '100%'}">
      <event-timeline
        src=${ifDefined(args.src)}
        start=${ifDefined(args.start || undefined)}
        end=${ifDefined(args.end || undefined)}
        locale=${ifDefined(args.locale || undefined)}
        categories=${ifDefined(args.categories || undefined)}
        selected=${ifDefined(args.selected || undefined)}
        heading=${ifDefined(args.heading || undefined)}
        min-zoom=${ifDefined(args.minZoom || undefined)}
        max-zoom=${ifDefined(args.maxZoom || undefined)}
        ?zoom-controls=${args.zoomControls ?? false}
        ?hash-sync=${args.hashSync ?? false}
        group-by=${ifDefined(args.groupBy || undefined)}
        timeout=${ifDefined(args.timeout)}
        ?hide-problems=${args.hideProblems ?? false}
        orientation=${ifDefined(args.orientation || undefined)}
        .events=${args.src ? undefined : args.events}
      ></event-timeline>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The whole dataset: January 2017 to the article of 13 February 2018. */
export const FullDataset: Story = {
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelectorAll('[role="option"]').length).toBe(idlib2018Input.events.length);
  },
};

/** `src`: the same dataset loaded by URL, with a loading state first. */
export const LoadedFromSrc: Story = {
  args: { src: datasetUrl, events: undefined },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
  },
};

/** `start` and `end`: only the last weeks, from the government offensive to the surrender. */
export const Window: Story = {
  args: { start: '2018-01-01', end: '2018-02-13' },
};

/** `locale`: dates and ticks in British English. */
export const LocaleEnGb: Story = {
  args: { locale: 'en-GB' },
};

/**
 * `locale="ar-SY"`: Syrian Arabic month names (شباط) and Arabic-Indic digits from `Intl`, right to left.
 * Plain `ar` (the Arabic story under Accessibility) gets Arabic-Indic digits too, and Egyptian-style month names.
 */
export const LocaleArabic: Story = {
  args: { locale: 'ar-SY' },
};

/** `categories`: only some categories are shown. */
export const Categories: Story = {
  args: { categories: 'surrender,alliance' },
};

/** `selected`: an event is selected and highlighted. */
export const Selected: Story = {
  args: { selected: idlib2018Input.events.at(-1)?.id },
};

/** `heading`: the accessible name, also shown above the timeline. */
export const Heading: Story = {
  args: { heading: 'How IS lost its last pocket of eastern Idlib' },
};

/** A 360 px container, as on a phone. */
export const Narrow: Story = {
  args: { width: '360px' },
};

/** No events at all. */
export const Empty: Story = {
  args: { events: [] },
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    await waitFor(() =>
      expect(timeline.shadowRoot?.querySelector('[role="status"]')?.textContent).toMatch(/no events/i),
    );
  },
};

/** A `src` that does not exist: an error with `role="alert"`. */
export const BadSrc: Story = {
  args: { src: '/datasets/does-not-exist.json', events: undefined },
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="alert"]')).toBeTruthy(), {
      timeout: 4000,
    });
  },
};

/** Data with broken events: the valid ones draw, and the problems are listed with index, field and reason. */
export const InvalidEvents: Story = {
  args: {
    heading: 'Some events are broken',
    events: [
      ...idlib2018Input.events.slice(-8),
      { id: 'no-title', start: '2018-02-10' } as unknown as TimelineEventInput,
      { id: 'bad-date', title: 'A date that does not exist', start: '2018-02-30' },
      { id: 'us-date', title: 'A date written the American way', start: '02/13/2018' },
      { id: 'backwards', title: 'Ends before it starts', start: '2018-02-12', end: '2018-02-01' },
      { ...idlib2018Input.events.at(-1)!, title: 'The same id twice' },
    ],
  },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelector('.notice.problems')?.textContent).toMatch(/problems were found/);
  },
};

/** 1,000 synthetic events over the same period. */
export const ThousandEvents: Story = {
  args: { heading: '1,000 synthetic events', events: syntheticEvents(1000, 7) },
};

/**
 * `zoom-controls`: buttons to zoom and pan, for readers without a wheel or trackpad. The wheel zooms
 * around the pointer, dragging pans, and with the focus on an event `+`, `-`, `0` and Shift+arrows
 * do the same from the keyboard. `start` and `end` follow the view.
 */
export const ZoomControls: Story = {
  args: { zoomControls: true },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    const zoomIn = root.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
    zoomIn.click();
    zoomIn.click();
    await waitFor(() => expect(timeline.getAttribute('start')).toBeTruthy());
    const later = root.querySelector<HTMLButtonElement>('button[aria-label="Later"]')!;
    later.click();
    await waitFor(() => expect(root.querySelectorAll('[role="option"]').length).toBeLessThan(35));
  },
};

/** `min-zoom` and `max-zoom`: from a week up to five years, as durations (`1w`, `5y`). */
export const ZoomLimits: Story = {
  args: { zoomControls: true, minZoom: '1w', maxZoom: '5y', start: '2018-02-01', end: '2018-02-13' },
};

/**
 * `hash-sync`: selecting an event writes `#event=<id>` into the page URL, so it can be shared; a URL
 * with that hash opens with the event selected and in view, and Back and Forward step through
 * selections. Hover or focus an event for its tooltip, which stays on screen at the edges.
 */
export const HashSync: Story = {
  args: { hashSync: true, start: '2018-01-15', end: '2018-02-13' },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const before = location.href;
    try {
      const option = root.querySelector<HTMLElement>(
        '[role="option"][data-id="is-surrender-eastern-idlib"]',
      )!;
      await userEvent.click(option);
      await expect(location.hash).toBe('#event=is-surrender-eastern-idlib');
      await waitFor(() => expect(root.querySelector('.tooltip')?.textContent).toMatch(/disputed/));
    } finally {
      history.replaceState(history.state, '', before);
    }
  },
};

/** `group-by="category"`: one labelled band per category. Click a band's name to collapse it. */
export const GroupByCategory: Story = {
  args: { groupBy: 'category' },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const toggle = root.querySelector<HTMLButtonElement>('button.group-toggle')!;
    await userEvent.click(toggle);
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
  },
};

/**
 * `group-by="actor"`: one band per actor, busiest first. The surrender of 13 February has three
 * actors, so it is drawn in three bands, joined by a dotted thread and selected together.
 */
export const GroupByActor: Story = {
  args: { groupBy: 'actor', start: '2018-01-01', end: '2018-02-13', selected: 'is-surrender-eastern-idlib' },
};

/** `group-by="place"`: one band per place; events that name none come last. */
export const GroupByPlace: Story = {
  args: { groupBy: 'place', start: '2018-01-01', end: '2018-02-13' },
};

/** The alert of the story's timeline, once loading has failed. */
async function failedWith(canvasElement: HTMLElement, message: RegExp, timeout = 4000): Promise<ShadowRoot> {
  const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
  await waitFor(
    () => expect(timeline.shadowRoot?.querySelector('[role="alert"]')?.textContent).toMatch(message),
    {
      timeout,
    },
  );
  return timeline.shadowRoot!;
}

/** A dataset edited by hand, with a trailing comma: "the file is not valid JSON", and a Try again button. */
export const InvalidJson: Story = {
  args: { src: '/datasets/fixtures/invalid.json', events: undefined },
  play: async ({ canvasElement }) => {
    const root = await failedWith(canvasElement, /not valid JSON/);
    await expect(root.querySelector('button.retry')?.textContent).toBe('Try again');
  },
};

/** A spreadsheet export where JSON was expected: the server sends `text/csv`. */
export const WrongContentType: Story = {
  args: { src: '/datasets/fixtures/events.csv', events: undefined },
  play: async ({ canvasElement }) => {
    await failedWith(canvasElement, /sent text\/csv, not JSON/);
  },
};

/** A server that never answers, with `timeout="1500"`: the load is given up after 1.5 seconds. */
export const Timeout: Story = {
  args: { src: '/datasets/never-answers.json', timeout: 1500, events: undefined },
  // Plays a server that never answers: only an abort (the timeout) ends the request.
  beforeEach: () => {
    const realFetch = window.fetch;
    window.fetch = (_input, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    return () => {
      window.fetch = realFetch;
    };
  },
  play: async ({ canvasElement }) => {
    await failedWith(canvasElement, /did not answer within 1.5 seconds/, 6000);
  },
};

/** `hide-problems`: the broken events are still left out, but the page shows no notice about them. */
export const HiddenProblems: Story = {
  args: { ...InvalidEvents.args, heading: 'Problems hidden', hideProblems: true },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelector('.notice.problems')).toBeNull();
  },
};

/**
 * Hostile data: script tags, event-handler attributes, `javascript:` URLs, template injections and
 * bidi overrides in every field. All of it is drawn as text, and none of it runs.
 */
export const HostileText: Story = {
  args: {
    heading: 'Every title here is an attack, shown as text',
    events: hostileEvents() as unknown as TimelineEventInput[],
    start: '2018-01-01',
    end: '2018-01-31',
  },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelectorAll('[role="option"]').length).toBe(HOSTILE_TEXTS.length);
    await expect(root.querySelector('script, img, iframe, foreignObject, a')).toBeNull();
    await expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  },
};
/**
 * `orientation="vertical"`: time runs down the page, as a phone reader scrolls a story. Labels sit
 * beside the marks, moved just enough to clear each other, with a thin leader where they moved.
 */
export const Vertical: Story = {
  args: { orientation: 'vertical', width: '360px', zoomControls: true },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelector('[role="listbox"]')?.getAttribute('aria-orientation')).toBe('vertical');
  },
};

/** `orientation="auto"` at 375 px: vertical, because the timeline is narrower than 600 px. */
export const AutoOnAPhone: Story = {
  args: { orientation: 'auto', width: '375px' },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelector('.plot.vertical')).toBeTruthy();
  },
};

/** `orientation="auto"` on a wide page: horizontal. */
export const AutoOnAWidePage: Story = {
  args: { orientation: 'auto' },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelector('.plot.vertical')).toBeNull();
  },
};

/** A vertical timeline in Arabic: the axis on the right, labels to its left, time still running down. */
export const VerticalArabic: Story = {
  args: { orientation: 'vertical', width: '360px', locale: 'ar-SY' },
};
