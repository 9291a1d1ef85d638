/** Registers `<timeline-event>`, the element that writes one event in HTML inside `<event-timeline>`. */
import { TimelineEventElement } from './declarative/timeline-event';

export { TimelineEventElement };

// Guarded so that two copies of the library on one page don't throw.
if (!customElements.get('timeline-event')) customElements.define('timeline-event', TimelineEventElement);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-event': TimelineEventElement;
  }
}
