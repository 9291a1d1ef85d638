import { css } from 'lit';

/** The keyboard help dialog: in its part, taken by the timeline when it arrives. */
export const helpStyles = css`
  dialog.help {
    max-width: min(34rem, calc(100vw - 2rem));
    color: var(--timeline-text);
    background: var(--timeline-background);
    border: 1px solid var(--timeline-muted);
    border-radius: 6px;
    padding: 1rem 1.25rem;
  }
  dialog.help h2 {
    font-size: 1.05rem;
    margin: 0 0 0.75rem;
  }
  dialog.help dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.4rem 1rem;
    margin: 0 0 1rem;
  }
  dialog.help dl div {
    display: contents;
  }
  dialog.help dt {
    white-space: nowrap;
  }
  dialog.help dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    font: inherit;
    font-size: 0.8125rem;
    padding: 0 0.35rem;
    margin-inline-end: 0.25rem;
    border: 1px solid var(--timeline-muted);
    border-radius: 3px;
  }
`;
