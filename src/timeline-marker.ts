/** Registers `<timeline-marker>`. Import this file (or the package index) to use the tag. */
import { TimelineMarker } from './marker/marker';

export { TimelineMarker };

// Guarded so that two copies of the library on one page don't throw.
if (!customElements.get('timeline-marker')) customElements.define('timeline-marker', TimelineMarker);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-marker': TimelineMarker;
  }
}
