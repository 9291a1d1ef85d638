import { css } from 'lit';

/** Background periods' bands and names: in the periods part, taken by the timeline when it arrives. */
export const periodsStyles = css`
  .period rect {
    fill: var(--timeline-period);
  }
  .period.alternate rect {
    fill: var(--timeline-period-alternate);
  }
  .period text {
    fill: var(--timeline-period-text);
    font-size: 11px;
    font-style: italic;
  }
`;
