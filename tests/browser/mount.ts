/** Helpers for browser tests: mount a timeline in a sized container and wait until it has drawn. */
import '../../src/event-timeline';
import type { EventTimeline } from '../../src/event-timeline';
import type { TimelineDatasetInput, TimelineEventInput } from '../../src/data/types';

export interface MountOptions {
  width?: number;
  attributes?: Record<string, string>;
  events?: TimelineEventInput[] | TimelineDatasetInput;
}

const containers: HTMLElement[] = [];

export function mountTimeline({ width = 1000, attributes = {}, events }: MountOptions = {}): EventTimeline {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const timeline = document.createElement('event-timeline');
  for (const [name, value] of Object.entries(attributes)) timeline.setAttribute(name, value);
  if (events) timeline.events = events;
  container.append(timeline);
  document.body.append(container);
  containers.push(container);
  return timeline;
}

export function unmountAll(): void {
  for (const c of containers.splice(0)) c.remove();
}

/** Waits until the timeline's options are rendered (or `predicate` holds). */
export async function untilDrawn(
  timeline: EventTimeline,
  predicate: (root: ShadowRoot) => boolean = (root) => root.querySelector('[role="option"]') !== null,
  timeout = 4000,
): Promise<ShadowRoot> {
  const started = performance.now();
  for (;;) {
    await timeline.updateComplete;
    const root = timeline.shadowRoot;
    if (root && predicate(root)) return root;
    if (performance.now() - started > timeout) throw new Error('timeline did not draw in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const options = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[role="option"]')];
export const markIds = (root: ShadowRoot) =>
  [...root.querySelectorAll<SVGGElement>('g.event')].map((g) => g.dataset.id ?? '');
