import { css } from 'lit';

/** Reference markers' lines and labels: in the markers part, taken by the timeline when it arrives. */
export const markersStyles = css`
  .marker line {
    stroke: var(--timeline-marker, #a6192e);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
  }
  .marker-label {
    fill: var(--timeline-marker, #a6192e);
    font-size: 11px;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .marker line {
      stroke: CanvasText;
    }
    .marker-label {
      fill: CanvasText;
    }
  }
`;
