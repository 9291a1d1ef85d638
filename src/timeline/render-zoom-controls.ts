/** On-screen buttons for readers without a wheel, a trackpad or the zoom keys. */
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages';
import type { ZoomMove } from './keyboard';

export interface ZoomControlState {
  canZoomIn: boolean;
  canZoomOut: boolean;
  canFit: boolean;
  canPanEarlier: boolean;
  canPanLater: boolean;
  /** Time runs right to left: "Earlier" goes on the right. */
  rtl?: boolean;
  /** Time runs down the page: "Earlier" points up. */
  vertical?: boolean;
  onMove?: (move: ZoomMove) => void;
}

/**
 * A button that stays focusable when it can do nothing more (`aria-disabled`), so that pressing
 * "Zoom in" until the limit never drops keyboard focus onto the page.
 */
function button(
  move: ZoomMove,
  label: string,
  glyph: string,
  enabled: boolean,
  state: ZoomControlState,
): TemplateResult {
  return html`<button
    type="button"
    class="zoom-button"
    aria-label=${label}
    title=${label}
    aria-disabled=${enabled ? 'false' : 'true'}
    @click=${() => {
      if (enabled) state.onMove?.(move);
    }}
  >
    <span aria-hidden="true">${glyph}</span>
  </button>`;
}

export function renderZoomControls(state: ZoomControlState, words: Messages): TemplateResult {
  return html`<div part="zoom-controls" class="zoom-controls" role="group" aria-label=${words.zoom.controls}>
    ${button('pan-earlier', words.zoom.earlier, state.vertical ? '↑' : state.rtl ? '›' : '‹', state.canPanEarlier, state)}
    ${button('zoom-out', words.zoom.zoomOut, '−', state.canZoomOut, state)}
    ${button('zoom-in', words.zoom.zoomIn, '+', state.canZoomIn, state)}
    ${button('pan-later', words.zoom.later, state.vertical ? '↓' : state.rtl ? '‹' : '›', state.canPanLater, state)}
    ${button('fit', words.zoom.fit, '⤢', state.canFit, state)}
  </div>`;
}

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { zoomControlsStyles as styles } from './zoom-controls.styles';
