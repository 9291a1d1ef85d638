import type { TimelineLayout } from './timeline-layout';
import type { VerticalLayout } from './vertical-layout';

/** Whether a layout runs top to bottom (vertical-layout.ts); asking costs no download of the vertical layout itself. */
export function isVertical(layout: TimelineLayout | undefined): layout is VerticalLayout {
  return (layout as Partial<VerticalLayout> | undefined)?.orientation === 'vertical';
}
