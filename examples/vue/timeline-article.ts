/**
 * <event-timeline> in a Vue 3 template, compiled in the browser by Vue's full build
 * (vue/dist/vue.esm-bundler.js, so no .vue build step). `:events` binds the property, since the
 * element has one, and `@timeline-select` listens to the component's event.
 */
import { defineComponent, ref, type PropType } from 'vue/dist/vue.esm-bundler.js';
import '../../src/event-timeline';
import type { TimelineDatasetInput, TimelineEventInput } from '../../src/data/types';
import type { TimelineSelectDetail } from '../../src/timeline/events';

export const TimelineArticle = defineComponent({
  props: {
    heading: { type: String, required: true },
    events: { type: Object as PropType<TimelineEventInput[] | TimelineDatasetInput>, required: true },
  },
  setup() {
    const selected = ref<string | null>(null);
    const onSelect = (event: CustomEvent<TimelineSelectDetail>) => {
      selected.value = event.detail.event?.title ?? null;
    };
    return { selected, onSelect };
  },
  template: `
    <section>
      <event-timeline :heading="heading" :events="events" @timeline-select="onSelect"></event-timeline>
      <p role="status">{{ selected ? 'Selected: ' + selected : 'Select an event to read about it.' }}</p>
    </section>
  `,
});

/** Tells Vue's template compiler that these tags are custom elements, not Vue components. */
export const isCustomElement = (tag: string): boolean => tag === 'event-timeline' || tag === 'timeline-event';
