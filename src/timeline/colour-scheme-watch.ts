/**
 * Tells the timeline when the reader's colours change under it: light to dark, or Windows High
 * Contrast switched on. CSS follows by itself, but the canvas (the density band) was painted with
 * colours read once, so it must read them again and repaint.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERIES = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)'];

export class ColourSchemeWatch implements ReactiveController {
  private _lists: MediaQueryList[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly _onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this._lists = QUERIES.map((query) => matchMedia(query));
    for (const list of this._lists) list.addEventListener('change', this._changed);
  }

  hostDisconnected(): void {
    for (const list of this._lists) list.removeEventListener('change', this._changed);
    this._lists = [];
  }

  private _changed = (): void => this._onChange();
}
