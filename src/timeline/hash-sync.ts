/**
 * `hash-sync`: the reader's selection is written into the page URL as `#event=<id>`, a URL with
 * that hash opens with the event selected and in view, and Back and Forward step through the
 * selections made. One timeline per page should have it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { eventIdFromHash, hashWithEvent } from './event-hash';

/** What the controller needs from the timeline. */
export interface HashSyncHost extends ReactiveControllerHost, HTMLElement {
  hashSync: boolean;
  selected?: string;
  readonly validEvents: readonly { id: string }[];
  selectEvent(id: string | null, options?: { reveal?: boolean }): void;
}

export class HashSync implements ReactiveController {
  /** True while the URL drives the selection, so that selection is not written back. */
  private _applying = false;
  /** The hash has been applied to the current data (or there was no data yet to apply it to). */
  private _appliedToData = false;

  constructor(private readonly _host: HashSyncHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this._onNavigate);
    window.addEventListener('hashchange', this._onNavigate);
    this._host.addEventListener('timeline-select', this._onSelect);
    this._host.addEventListener('timeline-load', this._onLoad);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this._onNavigate);
    window.removeEventListener('hashchange', this._onNavigate);
    this._host.removeEventListener('timeline-select', this._onSelect);
    this._host.removeEventListener('timeline-load', this._onLoad);
  }

  hostUpdated(): void {
    // Turning hash-sync on after the data arrived applies the URL then.
    if (this._host.hashSync && !this._appliedToData && this._host.validEvents.length > 0) this._apply(true);
  }

  /** New data: a permalink may name one of its events. */
  private _onLoad = (): void => {
    this._appliedToData = false;
    if (this._host.hashSync) this._apply(true);
  };

  private _onNavigate = (): void => {
    if (this._host.hashSync) this._apply(false);
  };

  /** Selects what the URL names (or clears the selection when it names nothing it can find). */
  private _apply(opening: boolean): void {
    this._appliedToData = true;
    const id = eventIdFromHash(location.hash);
    const known = id !== null && this._host.validEvents.some((e) => e.id === id);
    if (opening && !known) return; // Opening a page without a permalink leaves the selection alone.
    const wanted = known ? id : null;
    if ((this._host.selected ?? null) === wanted) return;
    this._applying = true;
    try {
      this._host.selectEvent(wanted, { reveal: true });
    } finally {
      this._applying = false;
    }
    // A reader who opened a link to an event should see it without hunting for the timeline.
    if (opening && wanted) this._host.scrollIntoView({ block: 'nearest' });
  }

  private _onSelect = (event: Event): void => {
    if (!this._host.hashSync || this._applying) return;
    if (event.composedPath()[0] !== this._host) return;
    const id = (event as CustomEvent<{ event: { id: string } | null }>).detail.event?.id ?? null;
    const hash = hashWithEvent(location.hash, id);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    // pushState, not location.hash: no jump to an element, and Back returns to the previous selection.
    history.pushState(history.state, '', `${location.pathname}${location.search}${hash}`);
  };
}
