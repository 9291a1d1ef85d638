/** Registers `<timeline-overview>`. Import this file (or the package index) to use the tag. */
import { TimelineOverview } from './overview/overview';

export { TimelineOverview };

// Guarded so that two copies of the library on one page don't throw.
if (!customElements.get('timeline-overview')) customElements.define('timeline-overview', TimelineOverview);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-overview': TimelineOverview;
  }
}
