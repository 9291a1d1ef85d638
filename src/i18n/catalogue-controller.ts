/**
 * Holds a component's drawing until the catalogue of its locale is here (see `loadCatalogue`):
 * an Arabic page sees Arabic from the first frame, never English first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadCatalogue } from './messages';

export class CatalogueController implements ReactiveController {
  private _pending?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The locale the host speaks now. */
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  /** Before each render: starts loading the locale's catalogue if it needs one. */
  hostUpdate(): void {
    if (this._pending) return;
    const pending = loadCatalogue(this.locale());
    if (!pending) return;
    this._pending = pending.then(() => {
      this._pending = undefined;
      this.host.requestUpdate();
    });
  }

  /** False while the catalogue is on its way: the host renders nothing rather than English. */
  get ready(): boolean {
    return this._pending === undefined;
  }

  /** While the catalogue is on its way: resolves when it is here. */
  get loading(): Promise<void> | undefined {
    return this._pending;
  }
}
