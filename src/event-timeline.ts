/** Registers `<event-timeline>`. Import this file (or the package index) to use the tag. */
import { EventTimeline } from './timeline/timeline';

export { EventTimeline };
export type * from './timeline/events';

// Guarded so that two copies of the library on one page don't throw.
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
