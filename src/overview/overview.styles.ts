import { css } from 'lit';

export const overviewStyles = css`
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
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .placeholder {
    height: 58px;
  }
  .base {
    display: block;
    border-radius: 4px;
    outline: none;
    touch-action: pan-y;
  }
  .base:focus-visible {
    outline: 3px solid var(--timeline-focus, #0b5fa5);
    outline-offset: 2px;
  }
  svg {
    display: block;
    overflow: visible;
  }
  .bars rect {
    fill: var(--timeline-muted, #57575c);
    opacity: 0.55;
  }
  .baseline,
  .axis line {
    stroke: var(--timeline-axis, #8a8a92);
  }
  .axis text {
    fill: var(--timeline-muted, #57575c);
    font-size: 11px;
  }
  /* d3-brush writes presentation attributes; these rules win over them. */
  .brush .selection {
    fill: var(--timeline-accent, #0b5fa5);
    fill-opacity: 0.18;
    stroke: var(--timeline-accent, #0b5fa5);
    stroke-width: 1.5px;
  }
  .brush .handle {
    fill: var(--timeline-accent, #0b5fa5);
    fill-opacity: 0;
  }
  .brush .handle:hover {
    fill-opacity: 0.4;
  }

  /* Forced colours: the bars, baseline, labels and brush in system colours, at full strength. */
  @media (forced-colors: active) {
    .bars rect {
      fill: CanvasText;
      opacity: 1;
    }
    .baseline,
    .axis line {
      stroke: CanvasText;
    }
    .axis text {
      fill: CanvasText;
    }
    .brush .selection {
      fill: Highlight;
      fill-opacity: 0.25;
      stroke: Highlight;
      stroke-width: 2px;
    }
    .brush .handle {
      fill: Highlight;
    }
    .base:focus-visible {
      outline-color: Highlight;
    }
  }
`;
