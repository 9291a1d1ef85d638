/**
 * Keeps a timeline in step with its `<timeline-event>` children: reads them when the host
 * connects, and again whenever a child, its attributes or its text change (MutationObserver), so
 * a page that edits its HTML sees the drawing follow.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEventInput } from '../data/types';
import { eventElements, readEventElements } from './read-event-element';

export class ChildEventsController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called with the children's events; not called while there are none and never were. */
    private readonly onEvents: (events: TimelineEventInput[]) => void,
  ) {
    host.addController(this);
  }

  /** Whether the host has events written as children. */
  get present(): boolean {
    return eventElements(this.host).length > 0;
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
    this.hadChildren = present;
    this.onEvents(readEventElements(this.host));
  }
}
