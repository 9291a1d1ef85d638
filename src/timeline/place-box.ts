/**
 * Puts an event's target (its option) where its mark is drawn. A zoom step moves every target, so
 * this writes only what changed, and moves the box with `translate` rather than `left` and `top`:
 * moving a box by a transform does not lay the plot out again. Through the CSSOM, as styleMap does,
 * for pages with a strict Content-Security-Policy.
 */
import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/** A box in px, relative to the plot's top-left. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

class PlaceBox extends Directive {
  private _last?: { at: string; width: number; height: number };

  render(_box: Box): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [box]: [Box]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const last = this._last;
    // In 64ths of a px, as layout places boxes: at a float offset a 24 px box measures 23.99998 px.
    const px = (n: number) => `${Math.round(n * 64) / 64}px`;
    // Compared as written: during a pan a box is drawn from a moved origin (timeline.ts, _panShift),
    // and the same place comes out a rounding error apart.
    const at = `${px(box.left)} ${px(box.top)}`;
    if (at !== last?.at) style.setProperty('translate', at);
    if (box.width !== last?.width) style.setProperty('width', `${box.width}px`);
    if (box.height !== last?.height) style.setProperty('height', `${box.height}px`);
    this._last = { at, width: box.width, height: box.height };
    return noChange;
  }
}

export const placeBox = directive(PlaceBox);
