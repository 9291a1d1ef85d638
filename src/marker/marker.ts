import { LitElement, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * A reference line on the `<event-timeline>` it sits in, such as the day an article was
 * published: `<timeline-marker date="2018-02-13" label="Article published">`. It draws nothing
 * itself; the timeline draws a labelled line at its date, and lists it for screen readers.
 *
 * @summary A labelled reference date, given as a child of `<event-timeline>`.
 */
export class TimelineMarker extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** The date marked: a partial ISO date (`2018-02-13`, drawn at midday like day events) or a UTC date-time. */
  @property({ reflect: true }) date = '';

  /** The words beside the line. */
  @property({ reflect: true }) label = '';

  override render(): typeof nothing {
    return nothing;
  }
}
