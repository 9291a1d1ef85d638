import { css } from 'lit';

/** Swimlanes' bands, group headers and the links between an event's copies: in the swimlanes part, taken by the timeline when it arrives. */
export const swimlanesStyles = css`
  .band-header {
    fill: var(--timeline-band, #f4f4f7);
  }
  .band-rule {
    stroke: var(--timeline-grid, #e3e3e8);
  }
  .copy-link {
    stroke: var(--timeline-muted, #57575c);
    stroke-width: 1px;
    stroke-dasharray: 1 3;
    opacity: 0.7;
  }
  .copy-link.highlighted {
    stroke: var(--timeline-accent, #0b5fa5);
    stroke-width: 2px;
    opacity: 1;
  }
  .group-headers,
  .copies {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .group-toggle {
    position: absolute;
    display: inline-flex;
    align-items: baseline;
    gap: 0.35rem;
    height: 22px;
    padding: 0 0.35rem;
    border: 0;
    border-radius: 3px;
    background: transparent;
    color: var(--timeline-text, #1d1d1f);
    font: inherit;
    font-size: 0.8125rem;
    line-height: 22px;
    cursor: pointer;
    pointer-events: auto;
  }
  .group-toggle:hover .group-name {
    text-decoration: underline;
  }
  .group-toggle:focus-visible {
    outline: 3px solid var(--timeline-focus, #0b5fa5);
    outline-offset: 0;
  }
  .group-name {
    font-weight: 700;
  }
  /* Category names are keys ("surrender"); actor and place names keep their own spelling. */
  .capitalise .group-name {
    text-transform: capitalize;
  }
  .group-count {
    color: var(--timeline-muted, #57575c);
  }
  .copy-target {
    position: absolute;
    border-radius: 4px;
    cursor: pointer;
    pointer-events: auto;
  }

  @media (forced-colors: active) {
    .band-header {
      fill: Canvas;
    }
    .band-rule {
      stroke: CanvasText;
    }
    .copy-link {
      stroke: CanvasText;
      opacity: 1;
    }
    .copy-link.highlighted {
      stroke: Highlight;
    }
    .group-toggle {
      color: CanvasText;
    }
    .group-count {
      color: CanvasText;
    }
  }
`;
