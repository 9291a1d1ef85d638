/**
 * Right-to-left timelines: the whole layout reflected about the middle of the plot, so that
 * time runs from right to left and each label starts where its event starts, on the right.
 * Laying out left to right and then reflecting keeps one packing algorithm for both
 * directions, and the same labels fit in the same lanes.
 */
import type { TimelineLayout } from './timeline-layout';

export function mirrorLayout(layout: TimelineLayout): TimelineLayout {
  const flip = (x: number) => layout.width - x;
  return {
    ...layout,
    plotLeft: flip(layout.plotRight),
    plotRight: flip(layout.plotLeft),
    // A copy with a reversed range: ticks and anything else placed with the scale follow.
    scale: layout.scale.copy().range([flip(layout.plotLeft), flip(layout.plotRight)]),
    marks: layout.marks.map((m) => ({
      ...m,
      // x0 and x1 stay the left and right edges on screen.
      x0: flip(m.x1),
      x1: flip(m.x0),
      labelX: flip(m.labelX + m.labelWidth),
    })),
  };
}
