/**
 * A part of the timeline that only some pages use (vertical drawing, swimlanes, periods, the
 * `<timeline-event>` reader, hash-sync), kept out of the code a page downloads before the first
 * draw and fetched the first time the timeline asks for it. The component holds its drawing while
 * a part it needs is on its way (as catalogue-controller.ts does for the words), so a reader never
 * sees the timeline drawn one way and then another; the inputs it was given wait, and are used
 * once the part is here. Meanwhile the last drawing stays on screen, marked busy, with the focus in
 * it (timeline.ts `render`); before a first drawing there is nothing to hold, and nothing is drawn.
 *
 * A part that draws something of its own brings its styles (`export const styles`), which the
 * host's shadow root takes when it arrives (part-styles.ts).
 *
 * In the ES modules the import is a sibling file, already on the page's module graph or one
 * request away; in the bundle it is a chunk in dist/chunks/ (see src/event-timeline.bundle.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { adoptPartStyles } from './part-styles';

export class FeatureChunk<T> {
  private _module?: T;
  private _loading?: Promise<void>;
  private _failed = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _load: () => Promise<T>,
    /** Called once the part is here, before the host draws with it. */
    private readonly _onArrival?: (module: T) => void,
    /** The part if something else already fetched it (dense-preload.ts), so the host need not wait. */
    private readonly _fetchedAhead?: () => T | undefined,
  ) {}

  /**
   * The part, if it is here; asking starts fetching it. The host draws again when it arrives, unless
   * every ask was `forLater`: fetched ahead of a need, for something no render has drawn without it.
   */
  want(forLater?: boolean): T | undefined {
    if (!this._module && !this._failed) {
      const ahead = this._fetchedAhead?.();
      if (ahead) {
        this._module = ahead;
        adoptPartStyles(this._host, ahead);
        this._onArrival?.(ahead);
      } else {
        if (!this._loading) this._start();
        this._missed ||= !forLater;
      }
    }
    return this._module;
  }

  /** A render found the part missing, and must be drawn again once it is here. */
  private _missed = false;

  /** The part if it is here, without fetching it. */
  get module(): T | undefined {
    return this._module;
  }

  /** Whether the host may draw: the part is here, or could not be fetched (the host then draws without it). */
  get settled(): boolean {
    return this._module !== undefined || this._failed;
  }

  /** Whether the part could not be fetched (offline, or the chunk is gone). */
  get failed(): boolean {
    return this._failed;
  }

  /** While the part is on its way: resolves once it is here (or failed to load). */
  get loading(): Promise<void> | undefined {
    return this._loading;
  }

  private _start(): void {
    this._loading = this._load().then(
      (module) => {
        this._loading = undefined;
        // Taken from the fetch ahead meanwhile (want), with its arrival already seen to.
        if (this._module) return;
        this._module = module;
        adoptPartStyles(this._host, module);
        this._onArrival?.(module);
        // A part fetched ahead changes nothing on screen: a redraw for it, just after the first
        // draw, cost each of them a render (8-30 ms at 100 events) before the first paint was done.
        if (this._missed) this._host.requestUpdate();
      },
      // Offline, or the chunk is gone: the timeline draws without this part rather than not at all.
      () => {
        this._loading = undefined;
        this._failed = true;
        if (this._missed) this._host.requestUpdate();
      },
    );
  }
}
