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

export interface TimelineRangeChangeDetail {
  /** First instant of the visible window. */
  start: Date;
  /** First instant after the visible window. */
  end: Date;
}

export interface TimelineLoadDetail {
  /** Every valid event, in time order. */
  events: TimelineEvent[];
  /** The dataset's title, if it has one. */
  title?: string;
}

export interface TimelineFilterChangeDetail {
  /** How many events pass the filters (`categories` and `filter`). */
  shown: number;
  /** How many valid events there are in all. */
  total: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-problems': CustomEvent<TimelineProblemsDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
    'timeline-range-change': CustomEvent<TimelineRangeChangeDetail>;
    'timeline-load': CustomEvent<TimelineLoadDetail>;
    'timeline-filter-change': CustomEvent<TimelineFilterChangeDetail>;
  }
}
