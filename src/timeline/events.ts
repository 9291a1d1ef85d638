/** The events `<event-timeline>` fires. */
import type { Problem, TimelineEvent } from '../data/types';

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
}

export interface TimelineRangeChangeDetail {
  /** First instant of the visible window. */
  start: Date;
  /** First instant after the visible window. */
  end: Date;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-problems': CustomEvent<TimelineProblemsDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
    'timeline-range-change': CustomEvent<TimelineRangeChangeDetail>;
  }
}
