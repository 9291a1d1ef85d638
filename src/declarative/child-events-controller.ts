/**
 * Keeps a timeline in step with its `<timeline-event>` children: reads them when the host
 * connects, and again whenever a child, its attributes or its text change (MutationObserver), so
 * a page that edits its HTML sees the drawing follow.
 *
 * The reader itself (read-event-element.ts) is fetched only when the host has such children: most
 * pages give `events` or `src`, and the bundle keeps what they never use out of its first download.
 * While it is on its way, `loading` is set and the host holds its drawing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEventInput } from '../data/types';

type Reader = typeof import('./read-event-element');

export class ChildEventsController implements ReactiveController {
  private observer?: MutationObserver;
  private reader?: Reader;
  private _loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called with the children's events; not called while there are none and never were. */
    private readonly onEvents: (events: TimelineEventInput[]) => void,
    /** Where the reader comes from; a test may pass its own. */
    private readonly load: () => Promise<Reader> = () => import('./read-event-element'),
  ) {
    host.addController(this);
  }

  /** Whether the host has events written as children. */
  get present(): boolean {
    // The same test as read-event-element.ts's `eventElements`, kept here so that asking costs no download.
    return [...this.host.children].some((child) => child.localName === 'timeline-event');
  }

  /** While the reader is on its way: resolves once the children have been read (or it failed to load). */
  get loading(): Promise<void> | undefined {
    return this._loading;
  }

  private hadChildren = false;

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    this.read();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Reads the children now; a timeline whose last child was removed is told it has no events. */
  read(): void {
    const present = this.present;
    if (!present && !this.hadChildren) return;
    if (!this.reader) {
      // Edits made while the reader is on its way are read when it arrives: it reads them as they are then.
      this._loading ??= this.load().then(
        (reader) => {
          this.reader = reader;
          this._loading = undefined;
          this.read();
          this.host.requestUpdate();
        },
        // Offline, or the chunk is gone: the children stay as the page wrote them, readable HTML.
        () => {
          this._loading = undefined;
          this.host.requestUpdate();
        },
      );
      return;
    }
    this.hadChildren = present;
    this.onEvents(this.reader.readEventElements(this.host));
  }
}
