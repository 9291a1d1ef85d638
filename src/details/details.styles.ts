import { css } from 'lit';

export const detailsStyles = css`
  :host {
    display: block;
    font-family: var(
      --timeline-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    color: var(--timeline-text, #1d1d1f);
    line-height: 1.45;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    border-top: 3px solid var(--timeline-text, #1d1d1f);
    padding-top: 0.75rem;
  }
  .empty {
    margin: 0;
    color: var(--timeline-muted, #57575c);
  }
  .title {
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.35rem;
  }
  .subheading {
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--timeline-muted, #57575c);
    margin: 1.25rem 0 0.5rem;
  }
  .meta {
    margin: 0 0 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.9375rem;
  }
  .date {
    font-weight: 600;
  }
  .confidence {
    color: var(--timeline-muted, #57575c);
  }
  .confidence strong {
    color: var(--timeline-text, #1d1d1f);
    text-transform: capitalize;
  }
  .confidence.disputed strong {
    text-decoration: underline dashed;
    text-underline-offset: 3px;
  }
  .summary {
    margin: 0 0 0.75rem;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0;
    font-size: 0.9375rem;
  }
  .facts dt {
    color: var(--timeline-muted, #57575c);
  }
  .facts dd {
    margin: 0;
  }
  .category {
    text-transform: capitalize;
  }
  .disagree {
    margin: 0 0 0.5rem;
    font-size: 0.9375rem;
  }
  .sources {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  /* Disagreeing accounts sit side by side, as many columns as the panel has room for. */
  .sources.side-by-side {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .source {
    border-left: 3px solid var(--timeline-grid, #e3e3e8);
    padding: 0.1rem 0 0.1rem 0.75rem;
    min-width: 0;
  }
  .side-by-side .source {
    border: 1px solid var(--timeline-grid, #e3e3e8);
    border-radius: 4px;
    padding: 0.6rem 0.75rem;
  }
  .attribution {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
  }
  .publisher {
    font-weight: 700;
  }
  .source-date {
    color: var(--timeline-muted, #57575c);
  }
  .account {
    margin: 0 0 0.4rem;
    font-weight: 600;
  }
  .quote {
    margin: 0 0 0.35rem;
    font-size: 0.9375rem;
    font-style: italic;
    overflow-wrap: anywhere;
  }
  /*
   * Data text keeps its own direction (dir="auto"), but lines up with the panel's edge, so an
   * English quote in an Arabic panel ends with its own full stop and still starts at the right.
   */
  [dir='auto'] {
    text-align: match-parent;
  }
  /* Quotation marks follow the quote's script, not the panel's: “English” in an Arabic panel. */
  .quote:dir(ltr) {
    quotes: '“' '”' '‘' '’';
  }
  .quote::before {
    content: open-quote;
  }
  .quote::after {
    content: close-quote;
  }
  .via,
  .source-title {
    margin: 0 0 0.25rem;
    font-size: 0.8125rem;
    color: var(--timeline-muted, #57575c);
    overflow-wrap: anywhere;
  }
  a {
    color: var(--timeline-accent, #0b5fa5);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--timeline-focus, #0b5fa5);
    outline-offset: 2px;
  }

  .media {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  figure {
    margin: 0 0 0.5rem;
  }
  figcaption {
    font-size: 0.875rem;
  }
  .credit {
    color: var(--timeline-muted, #57575c);
  }

  .nav {
    display: flex;
    align-items: stretch;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 1.25rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--timeline-grid, #e3e3e8);
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    flex: 1 1 0;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--timeline-grid, #e3e3e8);
    border-radius: 4px;
    background: var(--timeline-background, #fff);
    color: var(--timeline-text, #1d1d1f);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .step.next {
    text-align: end;
    align-items: flex-end;
  }
  .step[aria-disabled='true'] {
    visibility: hidden;
  }
  .step-label {
    font-weight: 700;
    font-size: 0.875rem;
  }
  .step-title {
    font-size: 0.8125rem;
    color: var(--timeline-muted, #57575c);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-width: 100%;
  }
  .position {
    align-self: center;
    font-size: 0.8125rem;
    color: var(--timeline-muted, #57575c);
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
