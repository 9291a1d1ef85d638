import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/event-timeline';
import '../src/timeline-details';
import '../src/timeline-legend';
import '../src/timeline-overview';
import type { EventTimeline } from '../src/event-timeline';
import { idlib2018Input } from '../src/data/idlib-2018';
import { THEMES, type ThemeName } from '../src/timeline/themes';

interface Args {
  theme?: ThemeName;
}

/** `#rrggbb` as getComputedStyle reports it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function drawn(canvasElement: HTMLElement): Promise<EventTimeline> {
  const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
  await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="option"]')).toBeTruthy(), {
    timeout: 4000,
  });
  return timeline;
}

/** The theme's background and text colours really are the ones painted. */
const paintsTheme =
  (name: ThemeName) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const timeline = await drawn(canvasElement);
    await expect(getComputedStyle(timeline).backgroundColor).toBe(
      rgb(THEMES[name]['--timeline-background']!),
    );
    await expect(getComputedStyle(timeline).color).toBe(rgb(THEMES[name]['--timeline-text']!));
  };

/**
 * `theme` picks a named set of design tokens: `light`, `dark`, `high-contrast` or `print`. Without
 * it, the colours follow the reader's light or dark scheme. A page can still set any
 * `--timeline-*` token on top of a theme.
 */
const meta: Meta<Args> = {
  title: 'Styling/Themes',
  component: 'event-timeline',
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'high-contrast', 'print'] },
  },
  render: ({ theme }) => html`
    <event-timeline
      theme=${theme ?? 'light'}
      start="2017-10-01"
      end="2018-02-13"
      heading="Eastern Idlib, October 2017 – 13 February 2018"
      .events=${idlib2018Input}
    ></event-timeline>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** `theme="light"`: the default colours, kept even when the reader's system is in dark mode. */
export const Light: Story = { args: { theme: 'light' }, play: paintsTheme('light') };

/** `theme="dark"`: lighter marks that keep 3:1 contrast on a dark background. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { value: '#17181c' } },
  play: paintsTheme('dark'),
};

/** `theme="high-contrast"`: black and white, saturated marks, bigger marks and bolder labels. */
export const HighContrast: Story = { args: { theme: 'high-contrast' }, play: paintsTheme('high-contrast') };

/** `theme="print"`: black on white in a serif face, with no tooltip or buttons. Used for printing by default. */
export const Print: Story = { args: { theme: 'print' }, play: paintsTheme('print') };

/**
 * The details panel, the legend and the overview take the theme of the timeline they are linked
 * to (`for`), unless they name a `theme` of their own.
 */
export const WithCompanions: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { value: '#17181c' } },
  render: ({ theme }) => html`
    <div style="display: grid; gap: 1.5rem">
      <event-timeline
        id="themed"
        theme=${theme ?? 'dark'}
        start="2017-10-01"
        end="2018-02-13"
        selected="is-surrender-eastern-idlib"
        heading="Eastern Idlib, October 2017 – 13 February 2018"
        .events=${idlib2018Input}
      ></event-timeline>
      <timeline-overview for="themed"></timeline-overview>
      <timeline-legend for="themed"></timeline-legend>
      <timeline-details for="themed"></timeline-details>
    </div>
  `,
  play: async (context) => {
    await paintsTheme(context.args.theme ?? 'dark')(context);
    const tokens = THEMES[context.args.theme ?? 'dark'];
    for (const tag of ['timeline-overview', 'timeline-legend', 'timeline-details']) {
      const companion = context.canvasElement.querySelector(tag)!;
      await waitFor(() =>
        expect(getComputedStyle(companion).backgroundColor).toBe(rgb(tokens['--timeline-background']!)),
      );
    }
  },
};

/**
 * Restyled from outside, with `::part` only: a page's own stylesheet reaches into the axis, the
 * marks, the labels, the lanes and the tooltip without any JavaScript.
 */
export const RestyledThroughParts: Story = {
  render: () => html`
    <style>
      .newsroom event-timeline::part(axis) {
        font-variant-numeric: tabular-nums;
      }
      .newsroom event-timeline::part(label) {
        font-style: italic;
        font-weight: 500;
      }
      .newsroom event-timeline::part(mark) {
        stroke-width: 3px;
      }
      .newsroom event-timeline::part(lane-odd) {
        fill: #f3f0e8;
      }
      .newsroom event-timeline::part(tooltip) {
        background: #5b1a1a;
        border-radius: 0;
      }
      .newsroom event-timeline::part(heading) {
        font-family: Georgia, serif;
        font-size: 1.4rem;
        border-bottom: 3px solid #5b1a1a;
      }
    </style>
    <div class="newsroom">
      <event-timeline
        start="2017-10-01"
        end="2018-02-13"
        heading="Restyled through ::part"
        .events=${idlib2018Input}
      ></event-timeline>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const timeline = await drawn(canvasElement);
    const root = timeline.shadowRoot!;
    await expect(getComputedStyle(root.querySelector('text.label')!).fontStyle).toBe('italic');
    await expect(getComputedStyle(root.querySelector('rect.lane.odd')!).fill).toBe('rgb(243, 240, 232)');
    await expect(getComputedStyle(root.querySelector('[part="heading"]')!).fontFamily).toMatch(/Georgia/);
  },
};

/** Design tokens set by the page: a bigger mark size, taller lanes, another font and accent. */
export const Tokens: Story = {
  render: () => html`
    <style>
      .tokens event-timeline {
        --timeline-mark-size: 16px;
        --timeline-lane-height: 44px;
        --timeline-font-family: Georgia, 'Times New Roman', serif;
        --timeline-category-0: #6a1b9a;
        --timeline-space: 1rem;
      }
    </style>
    <div class="tokens">
      <event-timeline
        start="2018-01-01"
        end="2018-02-13"
        heading="Set through tokens"
        .events=${idlib2018Input}
      ></event-timeline>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const timeline = await drawn(canvasElement);
    const widths = [...timeline.shadowRoot!.querySelectorAll('g.event path.mark')].map(
      (m) => m.getBoundingClientRect().width,
    );
    await expect(Math.max(...widths)).toBeGreaterThan(15);
  },
};
