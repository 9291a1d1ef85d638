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
  private _last?: Box;

  render(_box: Box): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [box]: [Box]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const last = this._last;
    // In 64ths of a px, as layout places boxes: at a float offset a 24 px box measures 23.99998 px.
    const at = (n: number) => `${Math.round(n * 64) / 64}px`;
    if (box.left !== last?.left || box.top !== last.top)
      style.setProperty('translate', `${at(box.left)} ${at(box.top)}`);
    if (box.width !== last?.width) style.setProperty('width', `${box.width}px`);
    if (box.height !== last?.height) style.setProperty('height', `${box.height}px`);
    this._last = box;
    return noChange;
  }
}

export const placeBox = directive(PlaceBox);
