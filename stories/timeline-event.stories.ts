import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/event-timeline';
import '../src/timeline-event';
import type { EventTimeline } from '../src/event-timeline';

async function marks(canvasElement: HTMLElement, count: number): Promise<EventTimeline> {
  const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
  await waitFor(() => expect(timeline.shadowRoot?.querySelectorAll('g.event').length).toBe(count), {
    timeout: 4000,
  });
  return timeline;
}

/**
 * Events written in HTML, with no JavaScript: each `<timeline-event>` child of `<event-timeline>`
 * is one event. Before the script loads the page shows them as an ordinary article list; once it
 * loads they become the timeline, and editing them (in the page or from devtools) redraws it.
 */
const meta: Meta = {
  title: 'Components/timeline-event',
  component: 'timeline-event',
  render: () => html`
    <event-timeline heading="Eastern Idlib, written as HTML">
      <timeline-event
        id="offensive"
        start="2017-12-25"
        end="2018-01-20"
        category="offensive"
        confidence="confirmed"
      >
        <h3>Government offensive into south-eastern Idlib</h3>
        <p>Pro-government forces push north from Hama province towards Abu al-Duhur.</p>
      </timeline-event>
      <timeline-event id="alliance" start="2018-02-03" category="alliance" confidence="disputed">
        <h3>Rebel factions form an alliance against IS</h3>
        <p>Sources disagree on whether seven or eleven factions joined.</p>
      </timeline-event>
      <timeline-event
        id="pocket"
        start="2018-02-02"
        end="2018-02-09"
        approximate
        category="offensive"
        confidence="reported"
      >
        <h3>Pro-government forces clear the IS pocket</h3>
      </timeline-event>
      <timeline-event id="surrender" start="2018-02-13" category="surrender" confidence="claimed">
        <h3>Up to 400 IS fighters surrender to rebels</h3>
        <p>Fighters and their families hand themselves over in rural eastern Idlib.</p>
        <blockquote>
          As many as 400 Islamic State fighters surrendered to rebels in eastern Idlib province on Tuesday.
        </blockquote>
        <cite>Syria Direct, <time datetime="2018-02-13">13 February 2018</time></cite>
      </timeline-event>
    </event-timeline>
  `,
};
export default meta;
type Story = StoryObj;

/** Four `<timeline-event>` children, drawn as four marks, each with its sources read from `<cite>`. */
export const EventsAsHTML: Story = {
  play: async ({ canvasElement }) => {
    const timeline = await marks(canvasElement, 4);
    const surrender = timeline.validEvents.find((e) => e.id === 'surrender')!;
    await expect(surrender.sources?.[0]?.publisher).toBe('Syria Direct');
    await expect(surrender.sources?.[0]?.date).toBe('2018-02-13');
  },
};

/** Editing the HTML after load: the story adds an event and moves another; the drawing follows. */
export const EditedAfterLoad: Story = {
  play: async ({ canvasElement }) => {
    const timeline = await marks(canvasElement, 4);
    const added = document.createElement('timeline-event');
    added.id = 'evacuation';
    added.setAttribute('start', '2018-02-14');
    added.setAttribute('category', 'surrender');
    added.append(
      Object.assign(document.createElement('h3'), { textContent: 'Fighters moved out of the area' }),
    );
    timeline.append(added);
    timeline.querySelector('#offensive')!.setAttribute('start', '2018-01-01');
    await marks(canvasElement, 5);
    await waitFor(() =>
      expect(timeline.validEvents.find((e) => e.id === 'offensive')?.start).toBe('2018-01-01'),
    );
  },
};
