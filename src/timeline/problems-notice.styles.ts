import { css } from 'lit';

/** The notice listing a dataset's problems: in its part, taken by the timeline when it arrives. */
export const problemsNoticeStyles = css`
  .notice.problems {
    background: var(--timeline-warning-background);
    border: 1px solid var(--timeline-warning-border);
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .notice.problems details {
    flex: 1;
  }
  .notice.problems summary {
    cursor: pointer;
  }
  .notice ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    max-height: 10rem;
    overflow: auto;
  }
  .notice .severity {
    font-weight: 600;
  }
  .notice .more {
    margin: 0.25rem 0 0;
  }
`;
