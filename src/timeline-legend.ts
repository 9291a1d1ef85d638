/** Registers `<timeline-legend>`. Import this file (or the package index) to use the tag. */
import { TimelineLegend } from './legend/legend';

export { TimelineLegend };
export type { EventFilter } from './layout/event-filter';

// Guarded so that two copies of the library on one page don't throw.
if (!customElements.get('timeline-legend')) customElements.define('timeline-legend', TimelineLegend);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-legend': TimelineLegend;
  }
}
