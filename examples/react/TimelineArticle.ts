/**
 * <event-timeline> inside a React 19 component, written with createElement (no JSX build step).
 * React 19 sets `events` as a property, because the element has such a property, and listens to
 * `timeline-select` through the `ontimeline-select` prop: no wrapper and no ref needed.
 */
import { createElement, useState, type ReactElement } from 'react';
import '../../src/event-timeline';
import type { TimelineDatasetInput, TimelineEventInput } from '../../src/data/types';
import type { TimelineSelectDetail } from '../../src/timeline/events';

export interface TimelineArticleProps {
  heading: string;
  events: TimelineEventInput[] | TimelineDatasetInput;
}

export function TimelineArticle({ heading, events }: TimelineArticleProps): ReactElement {
  const [selected, setSelected] = useState<string | null>(null);
  return createElement(
    'section',
    null,
    createElement('event-timeline', {
      heading,
      events,
      'ontimeline-select': (event: CustomEvent<TimelineSelectDetail>) =>
        setSelected(event.detail.event?.title ?? null),
    }),
    createElement(
      'p',
      { role: 'status' },
      selected ? `Selected: ${selected}` : 'Select an event to read about it.',
    ),
  );
}
