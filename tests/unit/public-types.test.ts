// Type-level checks of the public API, verified by `tsc` (npm run check) and run as tests by Vitest:
// a page's TypeScript knows every tag and every event, with its detail.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  EventTimeline,
  TimelineEventElement,
  TimelineErrorDetail,
  TimelineProblemsDetail,
  TimelineSelectDetail,
} from '../../src/index';

describe('public types', () => {
  it('every tag is in HTMLElementTagNameMap, so querySelector and createElement are typed', () => {
    expectTypeOf<HTMLElementTagNameMap['event-timeline']>().toEqualTypeOf<EventTimeline>();
    expectTypeOf<HTMLElementTagNameMap['timeline-event']>().toEqualTypeOf<TimelineEventElement>();
  });

  it('every event is in GlobalEventHandlersEventMap with a typed detail', () => {
    expectTypeOf<GlobalEventHandlersEventMap['timeline-select']>().toEqualTypeOf<
      CustomEvent<TimelineSelectDetail>
    >();
    expectTypeOf<GlobalEventHandlersEventMap['timeline-problems']>().toEqualTypeOf<
      CustomEvent<TimelineProblemsDetail>
    >();
    expectTypeOf<GlobalEventHandlersEventMap['timeline-error']>().toEqualTypeOf<
      CustomEvent<TimelineErrorDetail>
    >();
    expectTypeOf<TimelineSelectDetail['event']>().toEqualTypeOf<
      EventTimeline['validEvents'][number] | null
    >();
  });

  it('the methods a page calls are typed: toSVG() gives text, toPNG() a Blob', () => {
    expectTypeOf<EventTimeline['toSVG']>().returns.toEqualTypeOf<string>();
    expectTypeOf<EventTimeline['toPNG']>().returns.toEqualTypeOf<Promise<Blob>>();
    expectTypeOf<EventTimeline['theme']>().toEqualTypeOf<
      'light' | 'dark' | 'high-contrast' | 'print' | undefined
    >();
  });
});
