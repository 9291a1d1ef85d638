import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import type {
  Period,
  Problem,
  TimelineDatasetInput,
  TimelineEvent,
  TimelineEventInput,
  ValidationResult,
} from '../data/types';
import { validateDataset } from '../data/validate';
import { DAY, parsePartialDate } from '../data/dates';
import { describeDate } from '../data/describe-date';
import { CATEGORY_COLOURS, categoryStyles, UNCATEGORISED, type CategoryStyle } from '../layout/categories';
import { fitLabel, type FittedLabel } from '../layout/label-fit';
import {
  DEFAULT_LAYOUT,
  layoutTimeline,
  padWindow,
  type LayoutOptions,
  type PlacedMark,
  type TimelineLayout,
} from '../layout/timeline-layout';
import { messagesFor, type MessageOverrides, type Messages } from '../i18n/messages';
import { eventTitle } from '../i18n/event-title';
import { formattingLocale, langAttribute, resolveDirection, type Direction } from '../i18n/locale';
import { mirrorLayout } from '../layout/mirror';
import { windowShowing } from '../layout/reveal';
import { DEFAULT_TIMEOUT, DatasetLoadError, loadDataset, type LoadErrorKind } from './load-dataset';
import { renderProblemsNotice } from './problems-notice';
import type { TimelineErrorDetail, TimelineProblemsDetail, TimelineSelectDetail } from './events';
import { timelineStyles } from './timeline.styles';
import { renderKey } from './render-key';
import { AXIS_HEIGHT, renderAxis } from './render-axis';
import { markDefs, renderMark } from './render-mark';
import { accessibleName, categoryPositions } from './accessible-name';
import { keyboardHelp, keyMove, movedIndex, pagedIndex, pageStep, type KeyContext } from './keyboard';
import { describeTimeline } from './summary';
import { filterAnnouncement, selectionAnnouncement, windowAnnouncement } from './announcements';
import { renderTable, type DateOrder } from './event-table';
import { renderHelp } from './render-help';
import { textMeasurer } from './measure-text';
import {
  BAND_HEIGHT,
  DENSE_THRESHOLD,
  denseLayout,
  drawDensity,
  renderDenseBand,
  type DenseLayout,
} from './dense-view';
import { indexEvents, positionsInWindow, type EventIndex } from '../layout/event-index';
import { eventNear } from '../layout/density';
import { themeStyles } from './themes.styles';
import { layoutTokens } from './layout-tokens';
import { PERIOD_STRIP, periodsExtent, placePeriods, renderLanes, renderPeriods } from './render-periods';
import { readPeriods } from '../data/periods';
import { datasetFormat } from '../import/formats';
import { ChildEventsController } from '../declarative/child-events-controller';
import { exportSVG } from '../export/export-svg';
import { svgToPNG, type PngExportOptions } from '../export/export-png';

const MIN_TARGET = 24; // WCAG 2.2 target size, whatever size the mark is drawn
// Zooming fires many window changes in a row; the live region speaks once it settles.
const WINDOW_ANNOUNCE_DELAY = 400;
/** A UTC day as a partial ISO date, for `start` and `end`. */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// Label lengths to try, longest first: a shortened title beats a missing one.
const LABEL_WIDTHS = [260, 160, 100];

/** Comma-separated attribute ⇄ array of strings. */
const listConverter = {
  fromAttribute: (value: string | null) =>
    value === null
      ? undefined
      : value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
  toAttribute: (value: string[] | undefined) => (value ? value.join(',') : null),
};

type LoadState = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * Draws a dated, sourced record of events as a timeline: points for days, bars for
 * periods, soft bands for approximate dates, coloured and shaped by category.
 *
 * @summary An accessible, sourced timeline of events.
 *
 * @fires {CustomEvent<TimelineSelectDetail>} timeline-select - An event was selected (click, Enter or Space) or the selection cleared (Escape). `detail.event` is the event or null.
 * @fires {CustomEvent<TimelineProblemsDetail>} timeline-problems - Validation found problems in the data. `detail.problems` lists them with index, field and reason.
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - The dataset at `src` could not be loaded. `detail` has the `url`, a `message` and the `kind` of failure.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The visible heading, when `heading` is set.
 * @csspart key - The key of categories and mark styles.
 * @csspart notice - The problems notice and the error message (with its "Try again" button).
 * @csspart plot - The drawing area.
 * @csspart axis - The time axis.
 * @csspart mark - Each event's mark.
 * @csspart label - Each event's label.
 * @csspart tooltip - The hover and focus tooltip.
 * @csspart toolbar - The row of buttons: table view and keyboard help.
 * @csspart table - The data table of the events shown (on screen with `view="table"`).
 * @csspart help - The keyboard help dialog, opened with `?`.
 * @csspart lane - Each row of marks, transparent unless styled.
 * @csspart lane-odd - Every other row of marks (the 2nd, 4th, …), for zebra stripes.
 * @csspart period - Each background period (an era), its band and its name.
 *
 * @slot - `<timeline-event>` elements: events written in HTML, read when neither `events` nor `src` is set.
 *
 * @cssprop [--timeline-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--timeline-label-font-size=13px] - Size of event labels.
 * @cssprop [--timeline-label-font-weight=600] - Weight of event labels.
 * @cssprop [--timeline-background=#ffffff] - Background, also the fill of hollow (claimed) marks.
 * @cssprop [--timeline-text=#1d1d1f] - Text colour.
 * @cssprop [--timeline-muted=#57575c] - Secondary text: ticks, key.
 * @cssprop [--timeline-grid=#e3e3e8] - Grid lines.
 * @cssprop [--timeline-axis=#8a8a92] - The axis line.
 * @cssprop [--timeline-accent=#0b5fa5] - Selection highlight.
 * @cssprop [--timeline-focus=#0b5fa5] - Keyboard focus ring.
 * @cssprop --timeline-category-0 - Colour of the first category (and so on up to `--timeline-category-6`).
 * @cssprop [--timeline-error=#a6192e] - Error text. Defaults for all colours switch under `prefers-color-scheme: dark`.
 * @cssprop [--timeline-mark-size=12px] - Diameter of a point mark, in px; bars and bands follow it.
 * @cssprop [--timeline-lane-height=36px] - Height of one lane (a label line above a mark line), in px.
 * @cssprop [--timeline-space=0.5rem] - Space between the heading, the key, notices and the plot.
 * @cssprop [--timeline-lane=transparent] - Fill of each lane.
 * @cssprop [--timeline-period=#eef1f6] - Fill of background periods; every other one uses `--timeline-period-alternate`.
 * @cssprop [--timeline-period-alternate=#f6f2ea] - Fill of every other background period.
 * @cssprop [--timeline-period-text=#4d4d52] - Names of background periods.
 */
export class EventTimeline extends LitElement {
  static override styles = [timelineStyles, themeStyles];

  // `dir` is not a Lit property (HTMLElement owns it), but setting it mirrors the timeline.
  // `style`, `class` (and `theme`) may change the fonts measured for labels.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'dir', 'style', 'class'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'style' || name === 'class' || name === 'theme') this._fonts = undefined;
    super.attributeChangedCallback(name, old, value);
    if (name === 'dir' && old !== value) this.requestUpdate();
  }

  /** URL of a dataset JSON (`{ title, events }` or an array of events). A newer `src` cancels an older load. */
  @property() src?: string;

  /**
   * What `src` holds: `json` (this library's format), `timelinejs` (TimelineJS JSON) or `csv` (TimelineJS's spreadsheet template).
   * @default 'json'
   */
  @property() format?: 'json' | 'timelinejs' | 'csv';

  /** A named theme. Without it, colours follow the reader's light or dark scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'high-contrast' | 'print';

  /** First day of the visible window, as a partial ISO date (`2017-01-01`). Defaults to the data's start. */
  @property({ reflect: true }) start?: string;

  /** Last day of the visible window, inclusive, as a partial ISO date (`2018-02-13`). Defaults to the data's end. */
  @property({ reflect: true }) end?: string;

  /** BCP 47 locale for dates, numbers and the component's words. Defaults to the nearest `lang`, then the browser's. An RTL locale mirrors the timeline. */
  @property() locale?: string;

  /** Comma list of categories to show; all when absent. */
  @property({ converter: listConverter }) categories?: string[];

  /** The id of the selected event. */
  @property({ reflect: true }) selected?: string;

  /** Accessible name of the timeline, also shown as a visible heading. */
  @property() heading?: string;

  /** The events, for use from JavaScript: an array of events or a dataset object `{ title, events }`. */
  @property({ attribute: false }) events?: TimelineEventInput[] | TimelineDatasetInput | null;

  /** Words to use instead of the built-in ones (English and Arabic); any left out fall back to the locale's. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** `chart` draws the timeline; `table` shows the same events as a data table, sortable by date. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  /** Milliseconds a `src` load may take before it is given up with an error; `0` waits for ever. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Hides the notice that lists problems in the data. They are still in `problems` and `timeline-problems`. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-problems' }) hideProblems = false;

  @state() private _result: ValidationResult | null = null;
  @state() private _loadState: LoadState = 'idle';
  @state() private _loadError = '';
  private _loadErrorKind?: LoadErrorKind;
  /** Set by "Try again", so a retry that fails again gives the button its focus back. */
  private _focusRetry = false;
  @state() private _width = 0;
  @state() private _focusedId?: string;
  @state() private _tooltipId?: string;
  @state() private _problemsDismissed = false;
  /** What the polite live region says now. */
  @state() private _announcement = '';
  @state() private _tableOrder: DateOrder = 'ascending';
  @state() private _periods: Period[] = [];

  private _abort?: AbortController;
  private _resizeObserver?: ResizeObserver;
  private _layout?: TimelineLayout;
  private _dense?: DenseLayout;
  /** The focused event's position in the index, in the density view. */
  @state() private _denseFocus?: number;
  private _styles = new Map<string, CategoryStyle>();
  /** Fitted labels by event id, kept between layouts: titles don't change when the view moves. */
  private _labels = new Map<string, { key: string; fitted: FittedLabel[] }>();
  private _focusAfterRender = false;
  private _problemsToReport = false;
  /** The window is moving to show the focused event: the focus change speaks, not the live region. */
  private _revealing = false;
  private _windowAnnounceTimer?: ReturnType<typeof setTimeout>;
  /** Where focus was when the help dialog opened, to return it there. */
  private _helpOpener: HTMLElement | null = null;
  private _markRadius = DEFAULT_LAYOUT.pointRadius;
  // Events written as <timeline-event> children, used when neither `events` nor `src` is given.
  private _childEvents = new ChildEventsController(this, (events) => {
    if (this.events == null && !this.src) this._accept(events);
  });

  /** Every problem found in the current data, with index, field and reason. */
  get problems(): readonly Problem[] {
    return this._result?.problems ?? [];
  }

  /** The validated events, sorted by start. */
  get validEvents(): readonly TimelineEvent[] {
    return this._result?.events ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      this._fonts = undefined;
      if (Math.abs(width - this._width) >= 0.5) this._width = width;
    });
    this._resizeObserver.observe(this);
    // A src set while disconnected (or a reconnect after an aborted load) loads now.
    if (this.src && this._loadState !== 'loaded' && this.hasUpdated) this._load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._windowAnnounceTimer);
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    if (this._loadState === 'loading') {
      this._abort?.abort();
      this._loadState = 'idle';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('format')) && this.src) this._load(this.src);
    else if (changed.has('src') && this.hasUpdated) this._cancelLoad();
    // Events given directly win over a pending load.
    if (changed.has('events') && this.events != null) {
      this._abort?.abort();
      this._accept(this.events);
    }
    if (!this.hasUpdated && this._width === 0) this._width = this.getBoundingClientRect().width;
    if (this.hasUpdated) this._announceChanges(changed);
  }

  protected override updated(): void {
    this._restoreRetryFocus();
    if (this._dense) {
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.density');
      if (canvas) {
        const style = getComputedStyle(canvas);
        const colour = (c: CategoryStyle | undefined) =>
          style.getPropertyValue(`--timeline-category-${(c?.order ?? 0) % 7}`).trim() ||
          c?.colour ||
          '#4a4a4a';
        drawDensity(canvas, this._dense, this._styles, colour);
      }
    }
    if (this._focusAfterRender) {
      this._focusAfterRender = false;
      const id = this._dense
        ? this._filteredIndex().index.events[this._denseFocus ?? -1]?.id
        : this._focusedId;
      this._optionFor(id)?.focus();
    }
    if (this._problemsToReport) {
      this._problemsToReport = false;
      this._emit<TimelineProblemsDetail>('timeline-problems', { problems: [...this.problems] });
    }
  }

  private _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private _accept(input: unknown): void {
    this._result = validateDataset(input);
    const periods = readPeriods(input);
    this._periods = periods.periods;
    this._result.problems.push(...periods.problems);
    this._loadState = 'loaded';
    this._problemsDismissed = false;
    this._problemsToReport = this._result.problems.length > 0;
    this._styles = categoryStyles(this._result.events.map((e) => e.category));
  }

  private async _load(url: string): Promise<void> {
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    this._loadState = 'loading';
    this._loadError = '';
    const timeout = Number.isFinite(this.timeout) ? this.timeout : DEFAULT_TIMEOUT;
    try {
      const data = await loadDataset(url, {
        signal: abort.signal,
        timeout,
        format: datasetFormat(this.format),
      });
      // A newer src, new events or a disconnect took over while this one was on its way.
      if (abort.signal.aborted) return;
      this._accept(data);
    } catch (error) {
      if (abort.signal.aborted) return;
      this._loadState = 'error';
      this._loadError = error instanceof Error ? error.message : String(error);
      this._loadErrorKind = error instanceof DatasetLoadError ? error.kind : undefined;
      this._emit<TimelineErrorDetail>('timeline-error', {
        url,
        message: this._loadError,
        kind: this._loadErrorKind ?? 'network',
      });
    }
  }

  /** Stops a load in progress, when `src` is removed: nothing may arrive from an address no longer asked for. */
  private _cancelLoad(): void {
    this._abort?.abort();
    if (this._loadState === 'loading') this._loadState = 'idle';
  }

  private _retry = (): void => {
    if (!this.src) return;
    this._focusRetry = true;
    this._load(this.src);
  };

  private _restoreRetryFocus(): void {
    if (!this._focusRetry || this._loadState === 'loading') return;
    this._focusRetry = false;
    if (this._loadState === 'error') this.renderRoot.querySelector<HTMLElement>('button.retry')?.focus();
  }

  /**
   * The locale in use: the attribute, else the nearest `lang`, else the browser's. Plain `ar`
   * becomes `ar-u-nu-arab`, so Arabic gets Arabic-Indic digits unless a region or `-u-nu-` says otherwise.
   */
  get effectiveLocale(): string {
    return formattingLocale(this._localeTag());
  }

  /** Which way time runs: from `dir` on the element or an ancestor, else from the locale (`rtl` for Arabic, Hebrew, Persian, …). */
  get effectiveDirection(): Direction {
    return resolveDirection({
      ownDir: this.getAttribute('dir'),
      locale: this.locale,
      inheritedDir: this.parentElement?.closest('[dir]')?.getAttribute('dir'),
      lang: this._localeTag(),
    });
  }

  private _localeTag(): string {
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  }

  private _filtered?: {
    result: ValidationResult | null;
    key: string;
    events: readonly TimelineEvent[];
    index: EventIndex;
  };

  /** Events that pass the `categories` filter, in time order, and their index; kept until either changes. */
  private _filteredIndex(): { events: readonly TimelineEvent[]; index: EventIndex } {
    const key = (this.categories ?? []).join(',');
    if (this._filtered && this._filtered.result === this._result && this._filtered.key === key)
      return this._filtered;
    const all = this._result?.events ?? [];
    const wanted = this.categories;
    const set = new Set(wanted);
    const events =
      !wanted || wanted.length === 0 ? all : all.filter((e) => set.has(e.category ?? UNCATEGORISED));
    this._filtered = { result: this._result, key, events, index: indexEvents(events) };
    return this._filtered;
  }

  /** Events that pass the `categories` filter, in time order. */
  private _filteredEvents(): readonly TimelineEvent[] {
    return this._filteredIndex().events;
  }

  /** The visible window in ms: the attributes where they parse, else the padded data extent. */
  private _window(index: EventIndex): [number, number] | null {
    const extent = widest(index.extent, periodsExtent(this._periods));
    const padded = extent ? padWindow(extent) : null;
    const start = this.start ? parsePartialDate(this.start)?.start : undefined;
    const end = this.end ? parsePartialDate(this.end)?.end : undefined;
    const from = start ?? padded?.[0];
    const to = end ?? padded?.[1];
    if (from === undefined || to === undefined || !(to > from)) return padded;
    return [from, to];
  }

  /**
   * Fonts for measuring text, read from the computed style. Reading computed style forces a
   * style recalculation, the costliest part of a zoom step, so the fonts are read once and again
   * only after a resize or a change of `style`, `class` or `theme`.
   */
  private _fonts?: { family: string; label: string; colours: string[]; layout: Partial<LayoutOptions> };

  /** Fonts, and category colours for the canvas (which can't read CSS variables itself). */
  private _readFonts(): { family: string; label: string; colours: string[]; layout: Partial<LayoutOptions> } {
    if (this._fonts) return this._fonts;
    const style = getComputedStyle(this);
    const family = style.getPropertyValue('--timeline-font-family').trim() || 'sans-serif';
    const size = style.getPropertyValue('--timeline-label-font-size').trim() || '13px';
    const weight = style.getPropertyValue('--timeline-label-font-weight').trim() || '600';
    const colours = CATEGORY_COLOURS.map(
      (colour, i) => style.getPropertyValue(`--timeline-category-${i}`).trim() || colour,
    );
    // Mark size and lane height change geometry, so they are read with the fonts.
    const layout = layoutTokens((name) => style.getPropertyValue(name));
    this._fonts = { family, label: `${weight} ${size} ${family}`, colours, layout };
    return this._fonts;
  }

  private _computeLayout(
    events: readonly TimelineEvent[],
    window: [number, number],
  ): TimelineLayout | undefined {
    if (this._width <= 0) return undefined;
    const font = this._readFonts().label;
    const measure = textMeasurer(font);
    const locale = this.effectiveLocale;
    const widths = LABEL_WIDTHS.map((w) => Math.min(w, this._width * 0.6));
    const options = this._readFonts().layout;
    this._markRadius = options.pointRadius ?? DEFAULT_LAYOUT.pointRadius;
    const layout = layoutTimeline({
      events,
      window,
      width: this._width,
      options,
      labelWidth: (event) => {
        const title = eventTitle(event, locale);
        const key = `${font}|${widths.join()}|${title}`;
        const known = this._labels.get(event.id);
        if (known?.key === key) return known.fitted.map((f) => f.width);
        const fitted: FittedLabel[] = [];
        for (const width of widths) {
          const label = fitLabel(title, width, measure);
          if (!fitted.some((f) => f.text === label.text)) fitted.push(label);
        }
        this._labels.set(event.id, { key, fitted });
        return fitted.map((f) => f.width);
      },
    });
    return this.effectiveDirection === 'rtl' ? mirrorLayout(layout) : layout;
  }

  override render(): TemplateResult {
    const locale = this.effectiveLocale;
    const words = messagesFor(locale, this.messages);
    const { events, index } = this._filteredIndex();
    this._layout = undefined;
    this._dense = undefined;
    const window = this._loadState === 'loaded' ? this._window(index) : null;
    // Cull with the index first, so a zoomed-in view of 100,000 events lays out only what it shows.
    const inView = window ? positionsInWindow(index, window) : null;
    if (window && inView && this._width > 0 && inView.length > DENSE_THRESHOLD) {
      this._dense = denseLayout(index, inView, window, this._width);
    } else if (window && inView) {
      this._layout = this._computeLayout(
        Array.from(inView, (i) => index.events[i]!),
        window,
      );
    }
    const layout = this._layout;
    const hasMarks = !!layout && layout.marks.length > 0;
    const table = this.view === 'table';
    return html`
      <div part="base" class="base" dir=${this.effectiveDirection} lang=${langAttribute(locale)}>
        <div class="header">
          ${this.heading ? html`<div part="heading" class="heading" id="heading">${this.heading}</div>` : nothing}
          ${hasMarks ? this._renderToolbar(words) : nothing}
        </div>
        ${this._renderState(words, events)} ${this._renderProblems(words)}
        ${hasMarks && !table ? renderKey(layout, this._styles, words, locale) : nothing}
        ${
          hasMarks
            ? html`<p id="summary" class="visually-hidden">
                ${describeTimeline(
                  layout.marks.map((m) => m.event),
                  words,
                  locale,
                )}
              </p>`
            : nothing
        }
        ${layout && !table ? this._renderPlot(words, layout, events) : nothing}
        ${
          hasMarks
            ? // Moving the focus re-renders the chart; the table (a row per event) only when its rows change.
              guard(
                [
                  layout.marks.map((m) => m.event.id).join('\n'),
                  locale,
                  words,
                  this._tableOrder,
                  table,
                  this._result,
                ],
                () =>
                  renderTable(
                    layout.marks.map((m) => m.event),
                    {
                      words,
                      locale,
                      order: this._tableOrder,
                      onScreen: table,
                      onSort: this._toggleTableOrder,
                    },
                  ),
              )
            : nothing
        }
        ${this._dense ? this._renderDense(words, this._dense, index) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this._announcement}
        </div>
        ${hasMarks ? renderHelp(keyboardHelp(this._keyContext(), words.keys), words, this._onHelpClosed) : nothing}
      </div>
    `;
  }

  /** The density view, for when more events are in view than marks could show apart. */
  private _renderDense(words: Messages, dense: DenseLayout, index: EventIndex): TemplateResult {
    const height = AXIS_HEIGHT + BAND_HEIGHT + 8;
    const positions = dense.positions;
    let focus = this._denseFocus !== undefined ? positions.indexOf(this._denseFocus) : -1;
    if (focus < 0 && this.selected) focus = positions.findIndex((i) => index.events[i]!.id === this.selected);
    if (focus < 0) focus = 0;
    const event = index.events[positions[focus]!];
    const x = event ? dense.axis.scale(new Date((event.span.start + event.span.end) / 2)) : 0;
    const name = event
      ? `${accessibleName(event, [focus + 1, positions.length], words, this.effectiveLocale).replace(/, [^,]*$/, '')}, ${words.positionInView(focus + 1, positions.length)}`
      : '';
    const counts = new Map(
      dense.density.categories.map((c, k) => [
        c,
        dense.density.bins.reduce((sum, b) => sum + (b.byCategory[k] ?? 0), 0),
      ]),
    );
    return html`${renderKey(dense.axis, this._styles, words, this.effectiveLocale, counts)}
      <div class="status">${words.denseSummary(positions.length)}</div>
      <div
        part="plot"
        class="plot dense"
        style=${styleMap({ height: `${height}px` })}
        @keydown=${this._onDenseKeydown}
        @click=${this._onDenseClick}
      >
        <svg class="chart" width=${dense.axis.width} height=${height} aria-hidden="true">
          ${renderAxis(dense.axis, height, this.effectiveLocale, textMeasurer(`12px ${this._readFonts().family}`))}
        </svg>
        ${renderDenseBand(event, x, name, this.heading || words.eventsLabel, event?.id === this.selected)}
      </div>`;
  }

  private _onDenseKeydown = (e: KeyboardEvent): void => {
    const dense = this._dense;
    const move = keyMove(e.key, this._keyContext(e));
    if (!dense || !move || move === 'help' || dense.positions.length === 0) return;
    const positions = dense.positions;
    const current = Math.max(0, this._denseFocus !== undefined ? positions.indexOf(this._denseFocus) : 0);
    const { index } = this._filteredIndex();
    e.preventDefault();
    if (move === 'select') this._select(index.events[positions[current]!]?.id);
    else if (move === 'clear') this._select(undefined);
    else {
      const window = dense.axis.scale.domain().map(Number);
      const next =
        move === 'page-back' || move === 'page-forward'
          ? pagedIndex(
              move === 'page-back' ? 'back' : 'forward',
              current,
              Array.from(positions, (i) => index.starts[i]!),
              pageStep(window[1]! - window[0]!),
            )
          : movedIndex(move, current, positions.length);
      this._denseFocus = positions[next];
      this._focusAfterRender = true;
    }
  };

  private _onDenseClick = (e: MouseEvent): void => {
    const dense = this._dense;
    if (!dense) return;
    const { index } = this._filteredIndex();
    const bounds = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const scale = dense.axis.scale;
    const hit = eventNear(
      index,
      (t) => scale(new Date(t)),
      (px) => +scale.invert(px),
      e.clientX - bounds.left,
    );
    if (hit === null) return;
    this._denseFocus = hit;
    this._focusAfterRender = true;
    this._select(index.events[hit]!.id);
  };

  private _renderState(words: Messages, events: readonly TimelineEvent[]): TemplateResult | typeof nothing {
    switch (this._loadState) {
      case 'loading':
        return html`<div class="status" role="status">${words.loading}</div>`;
      case 'error':
        return html`<div part="notice" class="notice error">
          <p role="alert">${words.loadFailed(shortUrl(this.src ?? ''), this._loadError)}</p>
          <button type="button" class="retry" @click=${this._retry}>${words.retry}</button>
        </div>`;
      case 'loaded':
        if (events.length === 0) return html`<div class="status" role="status">${words.empty}</div>`;
        if (this._layout && this._layout.marks.length === 0)
          return html`<div class="status" role="status">${words.noneInWindow}</div>`;
        return nothing;
      default:
        return nothing;
    }
  }

  private _renderProblems(words: Messages): TemplateResult | typeof nothing {
    if (this.hideProblems || this._problemsDismissed) return nothing;
    return renderProblemsNotice(this.problems, words, () => (this._problemsDismissed = true));
  }

  private _renderPlot(
    words: Messages,
    layout: TimelineLayout,
    events: readonly TimelineEvent[],
  ): TemplateResult {
    const periods = placePeriods(
      this._periods,
      layout,
      textMeasurer(`italic 11px ${this._readFonts().family}`),
    );
    const height = AXIS_HEIGHT + layout.height + (periods.length > 0 ? PERIOD_STRIP : 0) + 8;
    const locale = this.effectiveLocale;
    const focusId = this._rovingId(layout);
    const positions = categoryPositions(events);
    const tooltip = layout.marks.find((m) => m.event.id === this._tooltipId);
    const direction = this.effectiveDirection;
    const order = new Map(events.map((e, i) => [e.id, i + 1]));
    return html`<div part="plot" class="plot" style=${styleMap({ height: `${height}px` })}>
      <svg class="chart" width=${layout.width} height=${height} aria-hidden="true">
        ${markDefs} ${renderAxis(layout, height, locale, textMeasurer(`12px ${this._readFonts().family}`))}
        <g transform="translate(0, ${AXIS_HEIGHT})">
          ${periods.length > 0 ? renderPeriods(periods, layout.height) : nothing} ${renderLanes(layout)}
          ${repeat(
            layout.marks,
            (m) => m.event.id,
            (m) =>
              renderMark(
                m,
                this._styles.get(m.event.category ?? UNCATEGORISED),
                m.event.id === this.selected,
                this._labels.get(m.event.id)?.fitted[m.labelChoice]?.text ?? eventTitle(m.event, locale),
                direction,
                this._markRadius,
              ),
          )}
        </g>
      </svg>
      ${
        layout.marks.length > 0
          ? /*
             * Why a listbox: it is one Tab stop whose options are moved through with the arrow
             * keys and selected with Enter or Space, which is this timeline's whole model, and
             * screen readers announce an option's name, "selected" and "n of m" without help.
             * role="application" would switch off the reader's own keys for everything inside;
             * a grid promises rows and columns, which lanes (packed by label room) are not; a
             * plain list has neither selection nor a single Tab stop. Options sit over the
             * aria-hidden SVG, each at least 24×24 px, so pointer and keyboard hit the same thing.
             */
            html`<div
              role="listbox"
              aria-labelledby=${ifDefined(this.heading ? 'heading' : undefined)}
              aria-label=${ifDefined(this.heading ? undefined : words.eventsLabel)}
              aria-describedby="summary"
              aria-orientation="horizontal"
              @keydown=${this._onKeydown}
            >
              ${repeat(
                layout.marks,
                (m) => m.event.id,
                (m) =>
                  this._renderTarget(m, focusId, positions, words, locale, [
                    order.get(m.event.id) ?? 1,
                    events.length,
                  ]),
              )}
            </div>`
          : nothing
      }
      ${tooltip ? this._renderTooltip(tooltip, layout, words, locale) : nothing}
      ${
        periods.length > 0
          ? this._renderPeriodList(
              periods.map((p) => p.period),
              words,
              locale,
            )
          : nothing
      }
    </div>`;
  }

  private _targetBox(m: PlacedMark): { left: number; top: number; width: number; height: number } {
    const r = this._markRadius;
    let x0 = m.kind === 'point' ? m.x0 - r : m.x0;
    let x1 = m.kind === 'point' ? m.x1 + r : m.x1;
    let y0 = m.y - r - 2;
    const y1 = m.y + r + 2;
    if (m.labelled) {
      x0 = Math.min(x0, m.labelX);
      x1 = Math.max(x1, m.labelX + m.labelWidth);
      y0 = m.labelY - 14;
    }
    const width = Math.max(MIN_TARGET, x1 - x0);
    const height = Math.max(MIN_TARGET, y1 - y0);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    return { left: cx - width / 2, top: AXIS_HEIGHT + cy - height / 2, width, height };
  }

  private _renderTarget(
    m: PlacedMark,
    focusId: string | undefined,
    positions: Map<string, [number, number]>,
    words: Messages,
    locale: string,
    [position, size]: [number, number],
  ): TemplateResult {
    const box = this._targetBox(m);
    const e = m.event;
    const name = accessibleName(e, positions.get(e.id) ?? [1, 1], words, locale);
    // Position among every event shown by the filter, drawn or panned out of view, so
    // "5 of 35" stays true when the view is zoomed in.
    return html`<div
      role="option"
      id=${`event-${e.id}`}
      data-id=${e.id}
      aria-posinset=${position}
      aria-setsize=${size}
      tabindex=${e.id === focusId ? 0 : -1}
      aria-selected=${e.id === this.selected ? 'true' : 'false'}
      aria-label=${name}
      style=${styleMap({
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      })}
      @click=${() => this._select(e.id)}
      @focus=${() => this._showTooltip(e.id)}
      @blur=${() => this._hideTooltip(e.id)}
      @pointerenter=${() => this._showTooltip(e.id)}
      @pointerleave=${() => this._hideTooltip(e.id)}
    ></div>`;
  }

  private _renderTooltip(
    m: PlacedMark,
    layout: TimelineLayout,
    words: Messages,
    locale: string,
  ): TemplateResult {
    const box = this._targetBox(m);
    const e = m.event;
    // Stay inside the component: flip to the left edge when near the right.
    const anchorLeft = box.left + box.width / 2 < layout.width / 2;
    const position = anchorLeft
      ? { left: `${Math.max(0, box.left)}px` }
      : { right: `${Math.max(0, layout.width - (box.left + box.width))}px` };
    return html`<div
      part="tooltip"
      class="tooltip"
      aria-hidden="true"
      style=${styleMap({ ...position, top: `${box.top + box.height + 4}px` })}
    >
      <strong dir="auto">${eventTitle(e, locale)}</strong>
      ${describeDate(e, locale, words)}${e.confidence ? html` · ${words.confidence[e.confidence]}` : nothing}
    </div>`;
  }

  /** Periods are drawn in the (hidden) SVG; screen readers get them as a list. */
  private _renderPeriodList(periods: readonly Period[], words: Messages, locale: string): TemplateResult {
    return html`<ul class="visually-hidden" aria-label=${words.periodsLabel}>
      ${periods.map((p) => html`<li>${p.title}: ${describeDate(p, locale, words)}</li>`)}
    </ul>`;
  }

  /**
   * The timeline as drawn now, as a standalone SVG file (text): heading, key and chart, with the
   * current theme's colours and the font stack with its fallbacks written into the file.
   */
  toSVG(): string {
    return exportSVG({
      root: this.renderRoot as ShadowRoot,
      host: this,
      heading: this.heading || this._result?.title,
      measure: (text, font) => textMeasurer(font)(text),
    });
  }

  /** The timeline as drawn now, as a PNG image, painted from `toSVG()` at the screen's pixel ratio or `scale`. */
  toPNG(options: PngExportOptions = {}): Promise<Blob> {
    return svgToPNG(this.toSVG(), options);
  }

  private _showTooltip(id: string): void {
    this._tooltipId = id;
  }

  private _hideTooltip(id: string): void {
    if (this._tooltipId === id) this._tooltipId = undefined;
  }

  /** The event that holds the single Tab stop: the focused one, else the selected, else the first. */
  private _rovingId(layout: TimelineLayout): string | undefined {
    const ids = layout.marks.map((m) => m.event.id);
    if (this._focusedId && ids.includes(this._focusedId)) return this._focusedId;
    if (this.selected && ids.includes(this.selected)) return this.selected;
    return ids[0];
  }

  private _optionFor(id: string | undefined): HTMLElement | null {
    if (!id) return null;
    return this.renderRoot.querySelector<HTMLElement>(`[role="option"][data-id="${CSS.escape(id)}"]`);
  }

  private _select(id: string | undefined): void {
    const event = id ? (this._result?.events.find((e) => e.id === id) ?? null) : null;
    this.selected = event?.id;
    if (event) this._focusedId = event.id;
    this._emit<TimelineSelectDetail>('timeline-select', { event });
  }

  private _keyContext(e?: KeyboardEvent): KeyContext {
    return {
      direction: this.effectiveDirection,
      orientation: 'horizontal',
      shiftKey: e?.shiftKey,
      altKey: e?.altKey,
      ctrlKey: e?.ctrlKey,
      metaKey: e?.metaKey,
    };
  }

  /**
   * The keyboard model (see keyboard.ts): moves go through every event the filter shows, in
   * time order, drawn or not; an event outside the window is panned into view first.
   */
  private _onKeydown = (e: KeyboardEvent): void => {
    const layout = this._layout;
    const move = keyMove(e.key, this._keyContext(e));
    if (!layout || layout.marks.length === 0 || !move) return;
    if (move === 'help') {
      e.preventDefault();
      this._openHelp();
      return;
    }
    const events = this._filteredEvents();
    const current = Math.max(
      0,
      events.findIndex((ev) => ev.id === this._rovingId(layout)),
    );
    if (move === 'select') {
      e.preventDefault();
      this._select(events[current]?.id);
      return;
    }
    if (move === 'clear') {
      // With nothing selected, Escape is left to the page (to close a dialog the timeline is in).
      if (this.selected) {
        e.preventDefault();
        this._select(undefined);
      }
      return;
    }
    e.preventDefault();
    let next: number;
    if (move === 'page-back' || move === 'page-forward') {
      const window = this._window(this._filteredIndex().index);
      const step = pageStep(window ? window[1] - window[0] : 0);
      const starts = events.map((ev) => ev.span.start);
      next = pagedIndex(move === 'page-back' ? 'back' : 'forward', current, starts, step);
    } else {
      next = movedIndex(move, current, events.length);
    }
    const target = events[next];
    if (!target || next === current) return;
    this._moveFocusTo(target);
  };

  /** Focuses an event after the next render, panning the window to it if it is out of view. */
  private _moveFocusTo(event: TimelineEvent): void {
    const drawn = this._layout?.marks.some((m) => m.event.id === event.id);
    const window = this._window(this._filteredIndex().index);
    if (!drawn && window) {
      // Panning moves `start` and `end`, as zooming does; the window keeps its length.
      const [from, to] = windowShowing(window, event.span);
      // Whole UTC days, as `start` and `end` are written, and the same number of them.
      const days = Math.max(1, Math.round((to - from) / DAY));
      const first = Math.floor(from / DAY) * DAY;
      this._revealing = true;
      this.start = isoDay(first);
      this.end = isoDay(first + (days - 1) * DAY);
    }
    this._focusedId = event.id;
    this._tooltipId = event.id;
    this._focusAfterRender = true;
  }

  private _renderToolbar(words: Messages): TemplateResult {
    return html`<div part="toolbar" class="toolbar">
      <button
        type="button"
        aria-pressed=${this.view === 'table' ? 'true' : 'false'}
        @click=${this._toggleView}
      >
        ${words.tableView}
      </button>
      <button type="button" aria-haspopup="dialog" @click=${this._openHelp}>${words.keyboardHelp}</button>
    </div>`;
  }

  private _toggleView = (): void => {
    this.view = this.view === 'table' ? 'chart' : 'table';
  };

  private _toggleTableOrder = (): void => {
    this._tableOrder = this._tableOrder === 'ascending' ? 'descending' : 'ascending';
  };

  private _openHelp = (): void => {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.help');
    if (!dialog || dialog.open) return;
    this._helpOpener = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this._tooltipId = undefined;
    dialog.showModal();
  };

  private _onHelpClosed = (): void => {
    const opener = this._helpOpener;
    this._helpOpener = null;
    if (opener?.isConnected) opener.focus();
  };

  /**
   * Speaks, through the polite live region, what a change did: a selection, a filter, or a
   * new window (after zooming settles). Called before each update but the first.
   */
  private _announceChanges(changed: PropertyValues<this>): void {
    const locale = this.effectiveLocale;
    const words = messagesFor(locale, this.messages);
    if (changed.has('selected')) {
      const event = this.selected ? (this._result?.events.find((e) => e.id === this.selected) ?? null) : null;
      const before = changed.get('selected') as string | undefined;
      if (event || before) this._announce(selectionAnnouncement(event, words, locale));
    }
    if (changed.has('categories') && this._result) {
      this._announce(filterAnnouncement(this._filteredEvents().length, this._result.events.length, words));
    }
    if (changed.has('start') || changed.has('end')) {
      clearTimeout(this._windowAnnounceTimer);
      if (this._revealing) {
        this._revealing = false;
        return;
      }
      this._windowAnnounceTimer = setTimeout(() => {
        const { index } = this._filteredIndex();
        const window = this._window(index);
        if (!window) return;
        const count = positionsInWindow(index, window).length;
        this._announce(
          windowAnnouncement(
            window,
            count,
            messagesFor(this.effectiveLocale, this.messages),
            this.effectiveLocale,
          ),
        );
      }, WINDOW_ANNOUNCE_DELAY);
    }
  }

  private _announce(text: string): void {
    // The same words twice in a row would not be spoken again; a trailing space makes it new.
    this._announcement = text === this._announcement ? `${text}\u00a0` : text;
  }
}

/** A URL short enough to quote in a message: a `data:` URL can be megabytes long. */
function shortUrl(url: string): string {
  return url.length > 100 ? `${url.slice(0, 99)}…` : url;
}

/** The smallest window holding both extents, either of which may be missing. */
function widest(a: [number, number] | null, b: [number, number] | null): [number, number] | null {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}
