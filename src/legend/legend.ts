import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CONFIDENCES, type Confidence, type TimelineEvent } from '../data/types';
import { categoryStyles, shapePath, UNCATEGORISED, type CategoryStyle } from '../layout/categories';
import { confidenceOf, filterEvents, type EventFilter } from '../layout/event-filter';
import { categoryName, messagesFor, type MessageOverrides, type Messages } from '../i18n/messages';
import { CatalogueController } from '../i18n/catalogue-controller';
import { TimelineLink } from '../linked/timeline-link';
import { companionLanguage } from '../linked/companion-language';
import { legendStyles } from './legend.styles';
import { companionThemeStyles } from '../timeline/companion-theme.styles';
import type { ThemeName } from '../timeline/themes';

/**
 * Filters for a linked `<event-timeline>`: one toggle per category with its colour, shape and
 * count, a search box that finds words in titles, actors and places, and a toggle per confidence
 * level. It writes the timeline's `categories` attribute and `filter` property, and shows how many
 * events are shown (the timeline itself announces the new count through its live region).
 *
 * @summary Category, confidence and text filters for a timeline linked by `for`.
 *
 * @csspart base - The wrapper.
 * @csspart search - The search box.
 * @csspart categories - The group of category toggles.
 * @csspart category - One category toggle.
 * @csspart confidence - The group of confidence toggles.
 * @csspart status - The count of events shown.
 * @csspart reset - The "Show all" button.
 *
 * @cssprop [--timeline-background=#ffffff] - Background (each token also follows `theme` and the reader's dark scheme).
 * @cssprop [--timeline-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--timeline-text=#1d1d1f] - Text colour.
 * @cssprop [--timeline-muted=#57575c] - Counts and hints.
 * @cssprop [--timeline-grid=#e3e3e8] - Borders of toggles that are off.
 * @cssprop [--timeline-accent=#0b5fa5] - Border of toggles that are on.
 * @cssprop [--timeline-focus=#0b5fa5] - Keyboard focus ring.
 * @cssprop --timeline-category-0 - Colour of the first category, as on the timeline (and so on up to `--timeline-category-6`).
 */
export class TimelineLegend extends LitElement {
  static override styles = [companionThemeStyles, legendStyles];

  /** The id of the `<event-timeline>` to filter, resolved like `<label for>`. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /**
   * A named theme. Without it, the linked timeline's theme, else the reader's light or dark scheme.
   * @default the linked timeline's
   */
  @property({ reflect: true }) theme?: ThemeName;

  /** Words to use instead of the built-in ones; without them, the linked timeline's `messages`. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** What the reader typed, kept here so typing is never interrupted by a re-render. */
  @state() private _text = '';

  /** Holds the drawing until the locale's words are here (Arabic loads on demand). */
  private readonly _catalogue = new CatalogueController(
    this,
    () => this._link.timeline?.effectiveLocale ?? 'en',
  );
  private readonly _link = new TimelineLink(this, (reason) => {
    // A page (or another legend) may change the filter: follow its text.
    if (reason === 'timeline-filter-change' || reason === 'link')
      this._text = this._link.timeline?.filter?.text ?? '';
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this._link.follow(this.htmlFor);
  }

  private get _events(): readonly TimelineEvent[] {
    return this._link.timeline?.validEvents ?? [];
  }

  override render(): TemplateResult {
    if (!this._catalogue.ready) return html``;
    const timeline = this._link.timeline;
    const words = messagesFor(timeline?.effectiveLocale ?? 'en', this.messages ?? timeline?.messages);
    const events = this._events;
    const styles = categoryStyles(events.map((e) => e.category));
    const categories = timeline?.categories;
    const filter = timeline?.filter ?? {};
    const shown = filterEvents(events, categories, filter).length;
    // Counts say how many each toggle would show, given the other filters.
    const byCategory = countBy(filterEvents(events, undefined, filter), (e) => e.category ?? UNCATEGORISED);
    const byConfidence = countBy(filterEvents(events, categories, { text: filter.text }), (e) =>
      confidenceOf(e),
    );
    const levels = CONFIDENCES.filter((c) => events.some((e) => confidenceOf(e) === c));
    const filtered = categories !== undefined || !!filter.text?.trim() || filter.confidences !== undefined;
    const { lang, dir } = companionLanguage(undefined, timeline);
    const count = countFormat(timeline?.effectiveLocale ?? 'en');
    return html`<div
      part="base"
      class="base"
      role="group"
      aria-label=${words.legend.label}
      lang=${lang}
      dir=${dir}
    >
      <div part="search" class="search">
        <label for="search">${words.legend.search}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          aria-describedby="search-hint"
          .value=${this._text}
          @input=${this._onSearch}
        />
        <span id="search-hint" class="hint">${words.legend.searchHint}</span>
      </div>
      <fieldset part="categories" class="toggles">
        <legend>${words.legend.categories}</legend>
        ${[...styles.values()].map((style) => {
          const on = !categories?.length || categories.includes(style.name);
          // An empty `categories` means every category, so the last one on stays on.
          const last = on && !!categories && categories.filter((c) => styles.has(c)).length === 1;
          return this._categoryToggle(style, on, byCategory.get(style.name) ?? 0, last, words, count);
        })}
      </fieldset>
      ${
        levels.length > 1
          ? html`<fieldset part="confidence" class="toggles">
              <legend>${words.legend.confidence}</legend>
              ${levels.map((level) =>
                this._confidenceToggle(
                  level,
                  !filter.confidences || filter.confidences.includes(level),
                  byConfidence.get(level) ?? 0,
                  words,
                  count,
                ),
              )}
            </fieldset>`
          : nothing
      }
      <div class="footer">
        <p part="status" class="status">${timeline ? words.showing(shown, events.length) : ''}</p>
        ${
          filtered
            ? html`<button part="reset" class="reset" type="button" @click=${this._showAll}>
                ${words.legend.showAll}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private _categoryToggle(
    style: CategoryStyle,
    on: boolean,
    count: number,
    last: boolean,
    words: Messages,
    format: (n: number) => string,
  ): TemplateResult {
    return html`<button
      part="category"
      type="button"
      class="toggle c${style.order % 7}"
      aria-pressed=${on ? 'true' : 'false'}
      aria-disabled=${last ? 'true' : 'false'}
      @click=${() => {
        if (!last) this._toggleCategory(style.name);
      }}
    >
      <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
        <path class="swatch" d=${shapePath(style.shape, 6)}></path>
      </svg>
      <span class="name">${categoryName(words, style.name)}</span>
      <span class="count">${format(count)}</span>
    </button>`;
  }

  private _confidenceToggle(
    level: Confidence,
    on: boolean,
    count: number,
    words: Messages,
    format: (n: number) => string,
  ): TemplateResult {
    return html`<button
      type="button"
      class="toggle"
      aria-pressed=${on ? 'true' : 'false'}
      @click=${() => this._toggleConfidence(level)}
    >
      <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
        ${svg`<circle class="confidence-swatch ${level}" r="5"></circle>`}
      </svg>
      <span class="name">${words.confidence[level]}</span>
      <span class="count">${format(count)}</span>
    </button>`;
  }

  private _toggleCategory(name: string): void {
    const timeline = this._link.timeline;
    if (!timeline) return;
    const all = [...categoryStyles(this._events.map((e) => e.category)).keys()];
    const current = timeline.categories?.length ? timeline.categories : all;
    const next = current.includes(name) ? current.filter((c) => c !== name) : [...current, name];
    const ordered = all.filter((c) => next.includes(c));
    if (ordered.length === 0) return; // The last category stays on: none at all reads as every one.
    // Every category on is the same as no filter: leave the attribute off.
    if (ordered.length === all.length) timeline.removeAttribute('categories');
    else timeline.setAttribute('categories', ordered.join(','));
  }

  private _toggleConfidence(level: Confidence): void {
    const timeline = this._link.timeline;
    if (!timeline) return;
    const levels = CONFIDENCES.filter((c) => this._events.some((e) => confidenceOf(e) === c));
    const current = timeline.filter?.confidences ?? levels;
    const next = current.includes(level) ? current.filter((c) => c !== level) : [...current, level];
    const ordered = levels.filter((c) => next.includes(c));
    this._setFilter({ confidences: ordered.length === levels.length ? undefined : ordered });
  }

  private _onSearch = (event: Event): void => {
    this._text = (event.target as HTMLInputElement).value;
    this._setFilter({ text: this._text || undefined });
  };

  private _setFilter(change: Partial<EventFilter>): void {
    const timeline = this._link.timeline;
    if (!timeline) return;
    const next: EventFilter = { ...timeline.filter, ...change };
    for (const key of Object.keys(next) as (keyof EventFilter)[])
      if (next[key] === undefined) delete next[key];
    timeline.filter = Object.keys(next).length ? next : undefined;
  }

  private _showAll = (): void => {
    const timeline = this._link.timeline;
    if (!timeline) return;
    this._text = '';
    timeline.removeAttribute('categories');
    timeline.filter = undefined;
  };
}

/** Counts in the locale's digits (Arabic-Indic for `ar`), as the timeline writes them. */
function countFormat(locale: string): (n: number) => string {
  try {
    return new Intl.NumberFormat(locale).format;
  } catch {
    return String;
  }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
