import { css } from 'lit';

/** Styles for exploring a timeline: zooming and panning, the on-screen controls. */
export const exploreStyles = css`
  .plot {
    cursor: grab;
    /* Vertical page scrolling stays with the browser; horizontal drags and pinches pan and zoom. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }

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

  .marker line {
    stroke: var(--timeline-marker, #a6192e);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
  }
  .marker-label {
    fill: var(--timeline-marker, #a6192e);
    font-size: 11px;
    font-weight: 600;
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

  /* The vertical timeline: periods fade in and out top to bottom, and leaders tie moved labels to their marks. */
  .event.vertical .approximate {
    mask: url(#soft-edges-v);
  }
  .leader {
    fill: none;
    stroke: var(--timeline-muted, #57575c);
    stroke-width: 1px;
    opacity: 0.6;
  }
  .selected .leader {
    stroke: var(--timeline-text, #1d1d1f);
    opacity: 1;
  }

  /* Forced colours: reference lines, band labels and leaders keep a system colour, never fade out. */
  @media (forced-colors: active) {
    .marker line {
      stroke: CanvasText;
    }
    .marker-label {
      fill: CanvasText;
    }
    .band-header {
      fill: Canvas;
    }
    .band-rule {
      stroke: CanvasText;
    }
    .copy-link,
    .leader,
    .selected .leader {
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
    .zoom-button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
