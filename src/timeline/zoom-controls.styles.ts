import { css } from 'lit';

/** The on-screen zoom buttons (`zoom-controls`): in their part, taken by the timeline when it arrives. */
export const zoomControlsStyles = css`
  .zoom-controls {
    display: flex;
    justify-content: flex-end;
    gap: 0.25rem;
    margin: 0 0 0.25rem;
  }
  .zoom-button {
    min-width: 2rem;
    min-height: 2rem;
    padding: 0 0.5rem;
    border: 1px solid var(--timeline-axis, #8a8a92);
    border-radius: 4px;
    background: var(--timeline-background, #fff);
    color: var(--timeline-text, #1d1d1f);
    font: inherit;
    font-size: 1rem;
    line-height: 1;
    cursor: pointer;
  }
  .zoom-button:hover {
    border-color: var(--timeline-text, #1d1d1f);
  }
  .zoom-button:focus-visible {
    outline: 3px solid var(--timeline-focus, #0b5fa5);
    outline-offset: 1px;
  }
  .zoom-button[aria-disabled='true'] {
    color: var(--timeline-muted, #57575c);
    border-color: var(--timeline-grid, #e3e3e8);
    cursor: default;
  }

  @media (forced-colors: active) {
    .zoom-button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
