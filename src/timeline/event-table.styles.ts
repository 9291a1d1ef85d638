import { css } from 'lit';

/** The events table (`view="table"`, and read by screen readers in chart view): in the table part, taken by the timeline when it arrives. */
export const eventTableStyles = css`
  .table table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  .table caption {
    text-align: start;
    font-weight: 600;
    padding: 0 0 0.25rem;
  }
  .table th,
  .table td {
    text-align: start;
    vertical-align: top;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--timeline-grid);
    overflow-wrap: anywhere;
  }
  .table tbody th {
    font-weight: 600;
  }
  .table thead th {
    border-bottom: 2px solid var(--timeline-axis);
  }
  .table .sort {
    font-weight: 700;
    border: none;
    padding: 0.15rem 0.25rem;
  }
  /* Paging through a long table: previous, "Rows 1–100 of 100,000", next. */
  .table .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: var(--timeline-space);
    font-size: 0.875rem;
  }
  .table .pager button:disabled {
    opacity: 0.6;
    cursor: default;
  }
`;
