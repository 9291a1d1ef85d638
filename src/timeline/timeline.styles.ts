import { css, unsafeCSS } from 'lit';
import { CATEGORY_COLOURS } from '../layout/categories';

// One class per palette slot, so a page can restyle a category with
// `--timeline-category-N` and no inline style is needed (strict CSP).
const categoryClasses = unsafeCSS(
  CATEGORY_COLOURS.map((colour, i) => `.c${i} { --mark: var(--timeline-category-${i}, ${colour}); }`).join(
    '\n',
  ),
);

export const timelineStyles = css`
  :host {
    --timeline-font-family:
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif;
    --timeline-label-font-size: 13px;
    --timeline-label-font-weight: 600;
    --timeline-background: #ffffff;
    --timeline-text: #1d1d1f;
    --timeline-muted: #57575c;
    --timeline-grid: #e3e3e8;
    --timeline-axis: #8a8a92;
    --timeline-accent: #0b5fa5;
    --timeline-focus: #0b5fa5;
    --timeline-error: #a6192e;
    --timeline-error-background: #fdf0f1;
    --timeline-warning-background: #fff8e5;
    --timeline-tooltip-background: #1d1d1f;
    --timeline-tooltip-text: #ffffff;

    display: block;
    position: relative;
    font-family: var(--timeline-font-family);
    color: var(--timeline-text);
    background: var(--timeline-background);
    container-type: inline-size;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  ${categoryClasses}

  .heading {
    font-size: 1.05rem;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }

  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
    font-size: 0.8125rem;
    color: var(--timeline-muted);
  }
  .key li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .key .name {
    color: var(--timeline-text);
    text-transform: capitalize;
  }
  .key svg {
    flex: none;
  }

  .notice {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border-radius: 4px;
    font-size: 0.875rem;
  }
  .notice.error {
    background: var(--timeline-error-background);
    color: var(--timeline-error);
    border: 1px solid currentColor;
  }
  .notice.problems {
    background: var(--timeline-warning-background);
    border: 1px solid #8a6d00;
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
  .notice button {
    font: inherit;
    font-size: 0.8125rem;
  }
  .status {
    color: var(--timeline-muted);
    font-size: 0.875rem;
    padding: 1rem 0;
  }

  .plot {
    position: relative;
  }
  svg.chart {
    display: block;
    overflow: visible;
  }
  .tick line {
    stroke: var(--timeline-grid);
  }
  .tick text {
    fill: var(--timeline-muted);
    font-size: 12px;
  }
  .axis-line {
    stroke: var(--timeline-axis);
  }

  .mark {
    fill: var(--mark);
    stroke: var(--mark);
    stroke-width: 1.5px;
  }
  .mark.claimed,
  .mark.disputed {
    fill: var(--timeline-background);
    stroke-width: 2px;
  }
  .mark.disputed {
    stroke-dasharray: 3 2;
  }
  .mark.approximate {
    stroke: none;
    mask: url(#soft-edges);
  }
  .mark.approximate.claimed,
  .mark.approximate.disputed {
    fill: var(--mark);
    fill-opacity: 0.45;
  }
  .selected .mark {
    stroke: var(--timeline-text);
    stroke-width: 2.5px;
  }
  .label {
    fill: var(--timeline-text);
    font-size: var(--timeline-label-font-size);
    font-weight: var(--timeline-label-font-weight);
  }
  .selected .label {
    text-decoration: underline;
  }
  .stem {
    stroke: var(--mark);
    stroke-width: 1px;
    opacity: 0.6;
  }

  [role='listbox'] {
    position: absolute;
    inset: 0;
    outline: none;
  }
  [role='option'] {
    position: absolute;
    border-radius: 4px;
    cursor: pointer;
    outline: none;
  }
  [role='option']:focus-visible {
    outline: 3px solid var(--timeline-focus);
    outline-offset: 1px;
  }
  [role='option'][aria-selected='true'] {
    background: color-mix(in srgb, var(--timeline-accent) 10%, transparent);
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(22rem, 90%);
    padding: 0.4rem 0.6rem;
    border-radius: 4px;
    background: var(--timeline-tooltip-background);
    color: var(--timeline-tooltip-text);
    font-size: 0.8125rem;
    line-height: 1.35;
    pointer-events: none;
  }
  .tooltip strong {
    display: block;
  }

  @media (prefers-reduced-motion: no-preference) {
    .mark {
      transition: stroke-width 120ms;
    }
  }
`;
