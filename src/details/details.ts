import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Media, Source, TimelineEvent } from '../data/types';
import { describeDate, formatPartialDate } from '../data/describe-date';
import { categoryName, messagesFor, type MessageOverrides, type Messages } from '../i18n/messages';
import { CatalogueController } from '../i18n/catalogue-controller';
import { eventTitle } from '../i18n/event-title';
import { TimelineLink } from '../linked/timeline-link';
import { companionLanguage } from '../linked/companion-language';
import { sourcesDisagree } from './accounts';
import { safeHref } from '../data/safe-url';
import { detailsStyles } from './details.styles';
import { formattingLocale } from '../i18n/locale';
import { companionThemeStyles } from '../timeline/companion-theme.styles';
import type { ThemeName } from '../timeline/themes';

/**
 * The selected event of a linked `<event-timeline>`, in full: its date written as precisely as it
 * is known, summary, who and where, the confidence in words, and every source with its publisher,
 * date, the quoted sentence and a link. Where sources disagree, their accounts sit side by side.
 *
 * @summary The selected event with its sources, for a timeline linked by `for`.
 *
 * @csspart base - The panel.
 * @csspart empty - The hint shown while no event is selected.
 * @csspart title - The event's title.
 * @csspart meta - The date and confidence line.
 * @csspart summary - The summary paragraph.
 * @csspart facts - The list of actors, places and category.
 * @csspart sources - The list of sources.
 * @csspart source - One source.
 * @csspart account - What one source says, where sources disagree.
 * @csspart quote - The sentence quoted from a source.
 * @csspart link - The link to a source.
 * @csspart media - The list of pictures and video, with captions and credits.
 * @csspart nav - The previous and next buttons.
 *
 * @cssprop [--timeline-background=#ffffff] - Background (each token also follows `theme` and the reader's dark scheme).
 * @cssprop [--timeline-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--timeline-text=#1d1d1f] - Text colour.
 * @cssprop [--timeline-muted=#57575c] - Secondary text.
 * @cssprop [--timeline-grid=#e3e3e8] - Borders.
 * @cssprop [--timeline-accent=#0b5fa5] - Links and highlights.
 * @cssprop [--timeline-focus=#0b5fa5] - Keyboard focus ring.
 */
export class TimelineDetails extends LitElement {
  static override styles = [companionThemeStyles, detailsStyles];

  /** The id of the `<event-timeline>` whose selection to show, resolved like `<label for>`. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /**
   * A named theme. Without it, the linked timeline's theme, else the reader's light or dark scheme.
   * @default the linked timeline's
   */
  @property({ reflect: true }) theme?: ThemeName;

  /**
   * BCP 47 locale for dates and words. Defaults to the linked timeline's locale.
   * @default the linked timeline's
   */
  @property() locale?: string;

  /** The level of the event's title as a heading (its section headings are one level below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Words to use instead of the built-in ones; without them, the linked timeline's `messages`. */
  @property({ attribute: false }) messages?: MessageOverrides;

  private readonly _link = new TimelineLink(this);
  /** Holds the drawing until the locale's words are here (Arabic loads on demand). */
  private readonly _catalogue = new CatalogueController(this, () => this._locale);

  /** The event shown: the linked timeline's selection. */
  get event(): TimelineEvent | null {
    const timeline = this._link.timeline;
    const id = timeline?.selected;
    return (id && timeline?.validEvents.find((e) => e.id === id)) || null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this._link.follow(this.htmlFor);
  }

  private get _locale(): string {
    // A bad tag falls back to English rather than throwing from Intl.
    return this.locale ? formattingLocale(this.locale) : this._link.timeline?.effectiveLocale || 'en';
  }

  override render(): TemplateResult {
    if (!this._catalogue.ready) return html``;
    const words = messagesFor(this._locale, this.messages ?? this._link.timeline?.messages);
    const event = this.event;
    const { lang, dir } = companionLanguage(this.locale, this._link.timeline);
    return html`<section part="base" class="base" aria-label=${words.details.label} lang=${lang} dir=${dir}>
      ${event ? this._renderEvent(event, words) : html`<p part="empty" class="empty">${words.details.noEventSelected}</p>`}
    </section>`;
  }

  private _heading(level: number, text: string, part: string): TemplateResult {
    const h = Math.min(6, Math.max(1, Math.round(level) || 2));
    // Data text may be in another script than the page (an Arabic title in an English story).
    return html`<div role="heading" aria-level=${h} part=${part} class=${part} dir="auto">${text}</div>`;
  }

  private _renderEvent(event: TimelineEvent, words: Messages): TemplateResult {
    const locale = this._locale;
    const confidence = event.confidence;
    return html`
      ${this._heading(this.headingLevel, eventTitle(event, locale), 'title')}
      <p part="meta" class="meta">
        <span class="date">${describeDate(event, locale, words)}</span>
        ${
          confidence
            ? html`<span class="confidence ${confidence}"
                ><strong>${words.confidence[confidence]}</strong>:
                ${words.details.confidenceMeaning[confidence]}</span
              >`
            : nothing
        }
      </p>
      ${event.summary ? html`<p part="summary" class="summary" dir="auto">${event.summary}</p>` : nothing}
      ${this._renderFacts(event, words)} ${this._renderSources(event, words)}
      ${this._renderMedia(event.media, words)} ${this._renderNav(event, words)}
    `;
  }

  // Text from the data gets dir="auto": an English summary in an Arabic panel keeps its full stop
  // at its own end, and the other way round.
  private _renderFacts(event: TimelineEvent, words: Messages): TemplateResult | typeof nothing {
    const actors = (event.actors ?? []).filter(Boolean);
    const places = (event.places ?? []).map((p) => p.name).filter(Boolean);
    if (actors.length === 0 && places.length === 0 && !event.category) return nothing;
    // Written the way the reader's language joins a list ("IS, HTS and …", "…، … و…"), not with CSS commas.
    const joined = new Intl.ListFormat(this._locale, { type: 'conjunction' });
    const list = (items: string[]) => joined.format(items);
    return html`<dl part="facts" class="facts">
      ${
        actors.length
          ? html`<dt>${words.details.actors}</dt>
              <dd>${list(actors)}</dd>`
          : nothing
      }
      ${
        places.length
          ? html`<dt>${words.details.places}</dt>
              <dd>${list(places)}</dd>`
          : nothing
      }
      ${
        event.category
          ? html`<dt>${words.details.category}</dt>
              <dd class="category">${categoryName(words, event.category)}</dd>`
          : nothing
      }
    </dl>`;
  }

  private _renderSources(event: TimelineEvent, words: Messages): TemplateResult | typeof nothing {
    const sources = event.sources ?? [];
    if (sources.length === 0) return nothing;
    const disagree = sourcesDisagree(event);
    return html`<div class="sources-section">
      ${this._heading(this.headingLevel + 1, words.details.sources(sources.length), 'subheading')}
      ${disagree ? html`<p class="disagree">${words.details.accountsDiffer}</p>` : nothing}
      <ol part="sources" class="sources ${disagree ? 'side-by-side' : ''}">
        ${sources.map((s) => this._renderSource(s, disagree, words))}
      </ol>
    </div>`;
  }

  private _renderSource(source: Source, disagree: boolean, words: Messages): TemplateResult {
    const href = safeHref(source.url, document.baseURI);
    const date = source.date ? formatPartialDate(source.date, this._locale) : '';
    return html`<li part="source" class="source">
      <p class="attribution">
        <span class="publisher" dir="auto">${source.publisher}</span
        >${date ? html`, <span class="source-date">${date}</span>` : nothing}
      </p>
      ${disagree && source.account ? html`<p part="account" class="account" dir="auto">${source.account}</p>` : nothing}
      <blockquote part="quote" class="quote" dir="auto">${source.quote}</blockquote>
      ${source.via ? html`<p class="via">${words.details.quotedVia(source.via)}</p>` : nothing}
      ${
        href
          ? html`<a part="link" class="link" dir="auto" href=${href} target="_blank" rel="noopener noreferrer"
              >${source.title || words.details.readSource(source.publisher)}<span class="visually-hidden">
                ${words.details.opensInNewTab}</span
              ></a
            >`
          : source.title
            ? html`<p class="source-title" dir="auto">${source.title}</p>`
            : nothing
      }
    </li>`;
  }

  private _renderMedia(
    media: readonly Media[] | undefined,
    words: Messages,
  ): TemplateResult | typeof nothing {
    const items = (media ?? []).filter((m) => m.caption || m.credit);
    if (items.length === 0) return nothing;
    return html`<div class="media-section">
      ${this._heading(this.headingLevel + 1, words.details.media, 'subheading')}
      <ul part="media" class="media">
        ${items.map((m) => {
          const href = safeHref(m.url, document.baseURI);
          return html`<li>
            <figure>
              <figcaption>
                <span dir="auto">${m.caption}</span
                >${m.credit ? html` <span class="credit">${words.details.mediaCredit(m.credit)}</span>` : nothing}
                ${
                  href
                    ? html` <a part="link" href=${href} target="_blank" rel="noopener noreferrer"
                        >${m.alt || m.caption}<span class="visually-hidden">
                          ${words.details.opensInNewTab}</span
                        ></a
                      >`
                    : nothing
                }
              </figcaption>
            </figure>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private _renderNav(event: TimelineEvent, words: Messages): TemplateResult | typeof nothing {
    const shown = this._link.timeline?.shownEvents ?? [];
    if (shown.length === 0) return nothing;
    let index = shown.findIndex((e) => e.id === event.id);
    // A selected event that the filters now hide still has neighbours in time.
    const inList = index >= 0;
    if (!inList) index = shown.findIndex((e) => e.span.start > event.span.start);
    const previous = inList ? shown[index - 1] : shown[(index < 0 ? shown.length : index) - 1];
    const next = inList ? shown[index + 1] : index >= 0 ? shown[index] : undefined;
    const button = (target: TimelineEvent | undefined, label: string, glyph: string, cls: string) =>
      // aria-disabled, not disabled: stepping to the last event must not drop the focus onto the page.
      html`<button
        type="button"
        class="step ${cls}"
        aria-disabled=${target ? 'false' : 'true'}
        @click=${() => this._go(target)}
      >
        <span class="step-label"><span aria-hidden="true">${glyph}</span> ${label}</span>
        ${target ? html`<span class="step-title" dir="auto">${eventTitle(target, this._locale)}</span>` : nothing}
      </button>`;
    return html`<div part="nav" class="nav" role="group" aria-label=${words.eventsLabel}>
      ${button(previous, words.details.previous, '‹', 'previous')}
      <span class="position" role="status"
        >${inList ? words.details.position(index + 1, shown.length) : ''}</span
      >
      ${button(next, words.details.next, '›', 'next')}
    </div>`;
  }

  private _go(target: TimelineEvent | undefined): void {
    if (target) this._link.timeline?.selectEvent(target.id);
  }
}
