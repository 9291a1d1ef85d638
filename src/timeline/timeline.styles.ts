import { css, unsafeCSS } from 'lit';
import { CATEGORY_SLOTS, darkTokens, lightTokens, tokenDeclarations } from './colour-tokens';
import { DEFAULT_FONT_FAMILY } from './default-font';

// One class per palette slot, so a page can restyle a category with
// `--timeline-category-N` and no inline style is needed (strict CSP).
const categoryClasses = unsafeCSS(
  Array.from({ length: CATEGORY_SLOTS }, (_, i) => `.c${i} { --mark: var(--timeline-category-${i}); }`).join(
    '\n',
  ),
);

const lightColours = unsafeCSS(tokenDeclarations(lightTokens));
const darkColours = unsafeCSS(tokenDeclarations(darkTokens));

export const timelineStyles = css`
  :host {
    --timeline-font-family: ${unsafeCSS(DEFAULT_FONT_FAMILY)};
    --timeline-label-font-size: 13px;
    --timeline-label-font-weight: 600;
    ${lightColours}

    display: block;
    position: relative;
    font-family: var(--timeline-font-family);
    color: var(--timeline-text);
    background: var(--timeline-background);
    container-type: inline-size;
    min-width: 0;
  }
  /* Dark defaults: every pair is measured in tests/unit/contrast.test.ts, like the light ones. */
  @media (prefers-color-scheme: dark) {
    :host {
      ${darkColours}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  ${categoryClasses}

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
  }
  .heading {
    font-size: 1.05rem;
    font-weight: 700;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  button {
    font: inherit;
    font-size: 0.8125rem;
    min-height: 24px;
    min-width: 24px;
    padding: 0.15rem 0.6rem;
    color: var(--timeline-text);
    background: var(--timeline-background);
    border: 1px solid var(--timeline-muted);
    border-radius: 4px;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--timeline-text);
    color: var(--timeline-background);
  }
  button:focus-visible {
    outline: 3px solid var(--timeline-focus);
    outline-offset: 1px;
  }

  /* Read by screen readers, not drawn: the summary, the live region, the table in chart view. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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
  .notice.error p {
    margin: 0 0 0.4rem;
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
  /* Uncertain bands stay full strength (3:1) and are hatched by an overlay, not faded. */
  .mark.approximate.claimed,
  .mark.approximate.disputed {
    fill: var(--mark);
  }
  .hatch {
    mask: url(#soft-edges);
    pointer-events: none;
  }
  .hatch-stripe {
    fill: var(--timeline-background);
  }
  .mark.glyph {
    stroke-width: 1.5px;
  }
  .mark.glyph.reported,
  .mark.glyph.confirmed {
    /* A rim of background colour keeps the shape readable where it sits on its own bar. */
    stroke: var(--timeline-background);
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
    /* Placed by a translate from here (place-box.ts), on either side of the page. */
    position: absolute;
    left: 0;
    top: 0;
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
  /* Belt and braces: whatever a page or theme adds, reduced motion means no movement. */
  @media (prefers-reduced-motion: reduce) {
    *,
    .mark {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  /*
   * Windows High Contrast and other forced-colour modes: system colours only, and every mark
   * keeps an outline or fill in CanvasText so nothing drawn disappears. Categories then differ
   * by shape alone, which is why every mark has one.
   */
  @media (forced-colors: active) {
    .mark {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .mark.glyph.reported,
    .mark.glyph.confirmed {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.claimed,
    .mark.disputed {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark.approximate,
    .mark.approximate.claimed,
    .mark.approximate.disputed {
      fill: CanvasText;
    }
    .hatch-stripe {
      fill: Canvas;
    }
    .selected .mark {
      stroke: Highlight;
    }
    .label,
    .tick text {
      fill: CanvasText;
    }
    .tick line {
      stroke: GrayText;
    }
    .axis-line,
    .stem {
      stroke: CanvasText;
    }
    [role='option']:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    [role='option'][aria-selected='true'] {
      background: transparent;
      outline: 2px solid Highlight;
    }
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
