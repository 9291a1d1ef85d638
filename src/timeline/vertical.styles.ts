import { css } from 'lit';

/** The vertical timeline's soft edges and leaders: in the vertical part, taken by the timeline when it arrives. */
export const verticalStyles = css`
  /* The vertical timeline: periods fade in and out top to bottom, and leaders tie moved labels to their marks. */
  .event.vertical .approximate {
    mask: url(#soft-edges-v);
  }
  .leader {
    fill: none;
    stroke: var(--timeline-muted, #57575c);
    stroke-width: 1px;
    opacity: 0.6;
  }
  .selected .leader {
    stroke: var(--timeline-text, #1d1d1f);
    opacity: 1;
  }

  @media (forced-colors: active) {
    .leader,
    .selected .leader {
      stroke: CanvasText;
      opacity: 1;
    }
  }
`;
