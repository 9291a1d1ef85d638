/**
 * How the companion components (`<timeline-details>`, `<timeline-legend>`, `<timeline-overview>`)
 * find the timeline they belong to: `for="timeline-id"`, resolved in the element's own root (the
 * document, or the shadow root it sits in) the way `<label for>` is. They follow the timeline by
 * listening to its events and watching its attributes, never by polling.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventTimeline } from '../timeline/timeline';

/** The timeline's events a companion redraws on. */
const FOLLOWED_EVENTS = [
  'timeline-load',
  'timeline-select',
  'timeline-range-change',
  'timeline-filter-change',
] as const;

/** The timeline's attributes a companion redraws on (the window moves them while zooming). */
const FOLLOWED_ATTRIBUTES = [
  'start',
  'end',
  'selected',
  'categories',
  'locale',
  'orientation',
  'group-by',
  'theme',
  // Companions write in the timeline's language and direction.
  'dir',
  'lang',
];

type Host = ReactiveControllerHost & HTMLElement;

export class TimelineLink implements ReactiveController {
  /** The linked timeline, once it is found and defined. */
  timeline: EventTimeline | null = null;

  private _id?: string;
  private _waitForElement?: MutationObserver;
  private _watchAttributes?: MutationObserver;
  private _connected = false;

  /**
   * @param onChange called (after the host is asked to update) with what changed: an event type,
   *   an attribute name, or `link` when the timeline was found or lost.
   */
  constructor(
    private readonly _host: Host,
    private readonly _onChange?: (reason: string) => void,
  ) {
    _host.addController(this);
  }

  /** Sets the id to follow; call when the host's `for` changes. */
  follow(id: string | undefined): void {
    if (id === this._id) return;
    this._id = id;
    if (this._connected) this._resolve();
  }

  hostConnected(): void {
    this._connected = true;
    this._resolve();
  }

  hostDisconnected(): void {
    this._connected = false;
    this._unlink();
    this._waitForElement?.disconnect();
    this._waitForElement = undefined;
  }

  private _resolve(): void {
    this._waitForElement?.disconnect();
    this._waitForElement = undefined;
    const root = this._host.getRootNode() as Document | ShadowRoot;
    const found =
      this._id && typeof root.getElementById === 'function' ? root.getElementById(this._id) : null;
    if (found && found.localName === 'event-timeline') {
      // The element may still be waiting for its definition; link once it is a real timeline.
      void customElements.whenDefined('event-timeline').then(() => {
        if (this._connected && this._id === found.id) this._link(found as EventTimeline);
      });
      return;
    }
    this._unlink();
    // Like <label for>, the target may appear later: watch this root until it does.
    if (this._id) {
      this._waitForElement = new MutationObserver(() => {
        const root = this._host.getRootNode() as Document | ShadowRoot;
        if (this._id && root.getElementById?.(this._id)) this._resolve();
      });
      this._waitForElement.observe(root, { childList: true, subtree: true, attributeFilter: ['id'] });
    }
  }

  private _link(timeline: EventTimeline): void {
    if (this.timeline !== timeline) {
      this._unlink();
      this.timeline = timeline;
      for (const type of FOLLOWED_EVENTS) timeline.addEventListener(type, this._onEvent);
      this._watchAttributes = new MutationObserver((records) => {
        for (const name of new Set(records.map((r) => r.attributeName ?? ''))) this._changed(name);
      });
      this._watchAttributes.observe(timeline, { attributeFilter: FOLLOWED_ATTRIBUTES });
      this._changed('link');
    }
    // If the timeline leaves the page, look for it (or its replacement) again.
    this._waitForElement?.disconnect();
    this._waitForElement = new MutationObserver(() => {
      if (!timeline.isConnected || timeline.id !== this._id) this._resolve();
    });
    this._waitForElement.observe(this._host.getRootNode(), {
      childList: true,
      subtree: true,
      attributeFilter: ['id'],
    });
  }

  private _unlink(): void {
    const timeline = this.timeline;
    if (!timeline) return;
    for (const type of FOLLOWED_EVENTS) timeline.removeEventListener(type, this._onEvent);
    this._watchAttributes?.disconnect();
    this._watchAttributes = undefined;
    this.timeline = null;
    this._changed('link');
  }

  private _onEvent = (event: Event): void => {
    // Only the linked timeline's own events: another timeline nested inside would bubble through.
    if (event.composedPath()[0] !== this.timeline) return;
    this._changed(event.type);
  };

  private _changed(reason: string): void {
    // The companion dresses like its timeline unless it names a theme itself (companion-theme.styles.ts).
    const theme = this.timeline?.getAttribute('theme');
    if (theme) this._host.setAttribute('linked-theme', theme);
    else this._host.removeAttribute('linked-theme');
    this._host.requestUpdate();
    this._onChange?.(reason);
  }
}
