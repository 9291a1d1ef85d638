/** The events `<event-timeline>` fires. */
import type { Problem, TimelineEvent } from '../data/types';
import type { LoadErrorKind } from './load-dataset';

export interface TimelineSelectDetail {
  /** The selected event, or null when the selection was cleared. */
  event: TimelineEvent | null;
}

export interface TimelineProblemsDetail {
  problems: Problem[];
}

export interface TimelineErrorDetail {
  url: string;
  message: string;
  /** Which way the load failed: `timeout`, `http`, `type` (not JSON), `json`, `cors`, `network` or `url`. */
  kind: LoadErrorKind;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-problems': CustomEvent<TimelineProblemsDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
  }
}
