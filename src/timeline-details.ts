/** Registers `<timeline-details>`. Import this file (or the package index) to use the tag. */
import { TimelineDetails } from './details/details';

export { TimelineDetails };

// Guarded so that two copies of the library on one page don't throw.
if (!customElements.get('timeline-details')) customElements.define('timeline-details', TimelineDetails);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-details': TimelineDetails;
  }
}
