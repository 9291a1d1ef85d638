import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { idlib2018Input } from '../src/data/idlib-2018';

/** Downloads a file made in the page. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function timelineIn(button: EventTarget | null): EventTimeline {
  return (button as HTMLElement).closest('.export')!.querySelector('event-timeline')!;
}

/**
 * `toSVG()` and `toPNG()` save the timeline as drawn, in the current theme: a standalone SVG (the
 * colours and font stack written into it) or a PNG at the screen's pixel ratio.
 */
const meta: Meta<{ theme: string }> = {
  title: 'Export/SVG and PNG',
  component: 'event-timeline',
  argTypes: { theme: { control: 'select', options: ['light', 'dark', 'high-contrast', 'print'] } },
  args: { theme: 'light' },
  render: ({ theme }) => html`
    <div class="export">
      <p>
        <button
          type="button"
          @click=${(e: Event) => download(new Blob([timelineIn(e.target).toSVG()], { type: 'image/svg+xml' }), 'timeline.svg')}
        >
          Export SVG
        </button>
        <button
          type="button"
          @click=${async (e: Event) => download(await timelineIn(e.target).toPNG(), 'timeline.png')}
        >
          Export PNG
        </button>
        <button
          type="button"
          @click=${(e: Event) => {
            const svg = timelineIn(e.target).toSVG();
            const preview = (e.target as HTMLElement).closest('.export')!.querySelector('img')!;
            preview.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
            preview.hidden = false;
          }}
        >
          Preview the SVG
        </button>
      </p>
      <event-timeline
        theme=${theme}
        start="2018-01-01"
        end="2018-02-13"
        heading="Eastern Idlib, January – 13 February 2018"
        .events=${idlib2018Input}
      ></event-timeline>
      <h3>The exported SVG</h3>
      <img hidden alt="The timeline as exported to SVG" style="max-width: 100%; border: 1px solid #ccc" />
    </div>
  `,
};
export default meta;
type Story = StoryObj<{ theme: string }>;

/** The export buttons; "Preview the SVG" shows the exported file as an image below the timeline. */
export const ExportButtons: Story = {
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="option"]')).toBeTruthy(), {
      timeout: 4000,
    });
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Preview the SVG' }));
    const image = canvasElement.querySelector('img')!;
    await waitFor(() => expect(image.naturalWidth).toBeGreaterThan(300));
  },
};

/** The same export from the dark theme: the file keeps the theme's colours. */
export const DarkTheme: Story = { ...ExportButtons, args: { theme: 'dark' } };
