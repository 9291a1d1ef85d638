import { css } from 'lit';

/**
 * Styles for exploring a timeline: zooming and panning. What only some timelines draw (zoom buttons,
 * markers, swimlanes, the vertical layout) comes with its part (see feature-chunk.ts).
 */
export const exploreStyles = css`
  .plot {
    cursor: grab;
    /* Vertical page scrolling stays with the browser; horizontal drags and pinches pan and zoom. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }
`;
