import { LitElement, css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { TimelineEventInput } from '../data/types';
import { readEventElement } from './read-event-element';

/**
 * One event written in HTML, as a child of `<event-timeline>`. Its content is ordinary,
 * readable HTML before any script runs; once `<event-timeline>` loads it reads the children
 * (and follows later edits to them) and draws them.
 *
 * The first heading is the title, paragraphs the summary, each `<cite>` a source (its quote is
 * the `<blockquote>` or `<q>` it is in or follows; a link inside it gives the URL and a
 * `<time datetime>` the date), and each `<figure>` a picture with its caption.
 *
 * @summary An event written as HTML inside `<event-timeline>`.
 *
 * @slot - The event's content: a heading, paragraphs, quotes with their `<cite>`, figures.
 */
export class TimelineEventElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** First day, as a partial ISO date: `2017`, `2017-10` or `2018-02-13`. */
  @property({ reflect: true }) start?: string;

  /** Last day, inclusive, as a partial ISO date. */
  @property({ reflect: true }) end?: string;

  /** The category, e.g. `surrender`: it gives the mark its colour and shape. */
  @property({ reflect: true }) category?: string;

  /** How far a reader can rely on it: `confirmed`, `reported`, `claimed` or `disputed`. */
  @property({ reflect: true }) confidence?: 'confirmed' | 'reported' | 'claimed' | 'disputed';

  /** The date is vague ("early February"): drawn as a band with soft edges. */
  @property({ type: Boolean, reflect: true }) approximate = false;

  /** The date as readers should see it, when the one written from `start` and `end` would mislead. */
  @property({ attribute: 'date-text', reflect: true }) dateText?: string;

  /** The event as `<event-timeline>` reads it, before validation. */
  toEventInput(): TimelineEventInput {
    return readEventElement(this);
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
