import { css, unsafeCSS } from 'lit';
import { CATEGORY_COLOURS } from '../layout/categories';

// The same palette slots as the timeline's marks, so a page that restyles `--timeline-category-N`
// restyles both, and no inline style is needed (strict CSP).
const categoryClasses = unsafeCSS(
  CATEGORY_COLOURS.map((colour, i) => `.c${i} { --mark: var(--timeline-category-${i}, ${colour}); }`).join(
    '\n',
  ),
);

export const legendStyles = css`
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
    font-size: 0.875rem;
  }
  :host([hidden]) {
    display: none;
  }
  ${categoryClasses}

  .base {
    display: grid;
    gap: 0.75rem;
  }
  .search {
    display: grid;
    gap: 0.2rem;
  }
  label,
  legend {
    font-weight: 700;
    padding: 0;
  }
  input {
    font: inherit;
    font-size: 1rem;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--timeline-axis, #8a8a92);
    border-radius: 4px;
    min-width: 0;
    background: var(--timeline-background, #fff);
    color: inherit;
  }
  .hint {
    color: var(--timeline-muted, #57575c);
    font-size: 0.8125rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .toggles legend {
    margin-bottom: 0.35rem;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2rem;
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--timeline-grid, #e3e3e8);
    border-radius: 999px;
    background: var(--timeline-background, #fff);
    color: var(--timeline-muted, #57575c);
    font: inherit;
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--timeline-accent, #0b5fa5);
    color: var(--timeline-text, #1d1d1f);
    box-shadow: inset 0 0 0 1px var(--timeline-accent, #0b5fa5);
  }
  /* Off reads as off without colour too: the swatch turns hollow and the name is struck through. */
  .toggle[aria-pressed='false'] .name {
    text-decoration: line-through;
  }
  .toggle[aria-pressed='false'] .swatch {
    fill: none;
  }
  .toggle[aria-disabled='true'] {
    cursor: default;
  }
  .name {
    text-transform: capitalize;
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--timeline-muted, #57575c);
  }
  .swatch {
    fill: var(--mark);
    stroke: var(--mark);
    stroke-width: 1.5px;
  }
  .confidence-swatch {
    fill: #4a4a4a;
    stroke: #4a4a4a;
    stroke-width: 1.5px;
  }
  .confidence-swatch.claimed,
  .confidence-swatch.disputed {
    fill: var(--timeline-background, #fff);
    stroke-width: 2px;
  }
  .confidence-swatch.disputed {
    stroke-dasharray: 3 2;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .status {
    margin: 0;
    color: var(--timeline-muted, #57575c);
  }
  .reset {
    font: inherit;
    padding: 0.2rem 0.6rem;
    min-height: 2rem;
    border: 1px solid var(--timeline-axis, #8a8a92);
    border-radius: 4px;
    background: var(--timeline-background, #fff);
    color: var(--timeline-text, #1d1d1f);
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--timeline-focus, #0b5fa5);
    outline-offset: 1px;
  }

  /*
   * Forced colours: swatches keep their shape in CanvasText (categories differ by shape, not
   * colour, here); an on toggle is marked by a thicker border, an off one is hollow and struck through.
   */
  @media (forced-colors: active) {
    .swatch,
    .confidence-swatch {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .confidence-swatch.claimed,
    .confidence-swatch.disputed,
    .toggle[aria-pressed='false'] .swatch {
      fill: none;
    }
    .toggle,
    .reset {
      border-color: ButtonText;
      color: ButtonText;
    }
    .toggle[aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    .count,
    .hint,
    .status {
      color: CanvasText;
    }
    button:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
  }
`;
