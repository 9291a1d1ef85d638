import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map';
import { placeBox } from './place-box';
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
import { DAY } from '../data/dates';
import { parseDuration } from '../data/durations';
import { formatWindow, parseWindowEdge } from '../data/window-edges';
import { describeDate, formatPartialDate } from '../data/describe-date';
import { CATEGORY_COLOURS, categoryStyles, UNCATEGORISED, type CategoryStyle } from '../layout/categories';
import { filterEvents, type EventFilter } from '../layout/event-filter';
import { fitLabel, type FittedLabel } from '../layout/label-fit';
import {
  DEFAULT_LAYOUT,
  layoutTimeline,
  padWindow,
  type LayoutOptions,
  type PlacedMark,
  type TimelineLayout,
} from '../layout/timeline-layout';
import {
  clampWindow,
  panWindow,
  revealSpan,
  sameWindow,
  zoomLimits,
  zoomWindow,
  type TimeWindow,
  type ZoomLimits,
} from '../layout/view-window';
import { messagesFor, type MessageOverrides, type Messages } from '../i18n/messages';
import { eventTitle } from '../i18n/event-title';
import { formattingLocale, langAttribute, resolveDirection, type Direction } from '../i18n/locale';
import { mirrorLayout } from '../layout/mirror';
import { windowShowing } from '../layout/reveal';
import type { DatasetLoadError, LoadErrorKind } from './load-dataset';
import { DEFAULT_TIMEOUT } from './load-timeout';
import type {
  TimelineErrorDetail,
  TimelineFilterChangeDetail,
  TimelineLoadDetail,
  TimelineProblemsDetail,
  TimelineRangeChangeDetail,
  TimelineSelectDetail,
} from './events';
import { timelineStyles } from './timeline.styles';
import { exploreStyles } from './explore.styles';
import { renderKey } from './render-key';
import { AXIS_HEIGHT, renderAxis } from './render-axis';
import { markDefs, renderMark } from './render-mark';
import { nameInView, OptionNames } from './accessible-name';
import {
  keyMove,
  movedIndex,
  pagedIndex,
  pageStep,
  zoomKeyMove,
  type KeyContext,
  type ZoomMove,
} from './keyboard';
import { DeferredZoom } from './deferred-zoom';
import { CatalogueController } from '../i18n/catalogue-controller';
import type { MarkerInput, PlacedMarker } from '../layout/markers';
import { GROUP_BYS, type GroupBy } from '../layout/group-by';
import type { GroupedMark, SwimlaneLayout } from '../layout/swimlanes';
import { isVertical } from '../layout/orientation';
import type { VerticalLayout, VerticalMark } from '../layout/vertical-layout';
import { placeTooltip, type TooltipPlacement } from '../layout/tooltip-placement';
import type { ZoomControlState } from './render-zoom-controls';
import { describeTimeline } from './summary';
import { filterAnnouncement, selectionAnnouncement, windowAnnouncement } from './announcements';
import type { DateOrder, TableRows } from './event-table';
import { textMeasurer } from './measure-text';
import { DENSE_THRESHOLD } from './dense-threshold';
import { densePartIfHere, loadDensePart } from './dense-preload';
import type { DenseLayout } from './dense-view';
import {
  indexEvents,
  indexValidated,
  placeOf,
  positionsInWindow,
  type EventIndex,
} from '../layout/event-index';
import { themeStyles } from './themes.styles';
import { layoutTokens } from './layout-tokens';
import { renderLanes } from './render-lanes';
import { hasPeriods } from '../data/has-periods';
import { FeatureChunk } from './feature-chunk';
import { datasetFormat } from '../import/format-names';
import { ChildEventsController } from '../declarative/child-events-controller';
import { svgNotReady } from '../export/svg-not-ready';
import type { PngExportOptions } from '../export/export-png';
import { whenIdle } from './when-idle';
import { DEFAULT_FONT_FAMILY } from './default-font';
import { keepRecent } from './recently-used';

const MIN_TARGET = 24; // WCAG 2.2 target size, whatever size the mark is drawn
// Zooming fires many window changes in a row; the live region speaks once it settles.
const WINDOW_ANNOUNCE_DELAY = 400;
/** How long the window must rest before the hidden table follows it. */
const TABLE_DELAY = 120;
/** The longest the first hidden table waits for the page to be idle after the chart has painted. */
const TABLE_FIRST_WAIT = 500;
/** A UTC day as a partial ISO date, for `start` and `end`. */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// Label lengths to try, longest first: a shortened title beats a missing one.
const LABEL_WIDTHS = [260, 160, 100];
/** How long an animated zoom takes, unless the reader prefers reduced motion. */
const ZOOM_DURATION = 300;
/** How long the window must rest before `timeline-range-change` fires. */
const RANGE_CHANGE_DELAY = 150;
/** One press of `+` or `-` zooms by this factor; Shift+arrow pans by this share of the window. */
const ZOOM_STEP = 2;
const PAN_STEP = 0.2;

/** Anything `zoomTo` accepts for an edge: a Date, epoch ms, or an attribute string. */
export type WindowEdge = Date | number | string;

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
 * Reference dates are given as `<timeline-marker date="2018-02-13" label="Article published">`
 * children, each drawn as a labelled line.
 *
 * @summary An accessible, sourced timeline of events.
 *
 * @fires {CustomEvent<TimelineSelectDetail>} timeline-select - An event was selected (click, Enter or Space) or the selection cleared (Escape). `detail.event` is the event or null.
 * @fires {CustomEvent<TimelineProblemsDetail>} timeline-problems - Validation found problems in the data. `detail.problems` lists them with index, field and reason.
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - The dataset at `src` could not be loaded. `detail` has the `url`, a `message` and the `kind` of failure.
 * @fires timeline-load - New data was validated (from `src` or `events`). `detail.events` holds every valid event in time order.
 * @fires timeline-filter-change - `categories` or `filter` changed what is shown. `detail.shown` and `detail.total` count the events.
 * @fires timeline-range-change - The visible window changed (zoom, pan, `zoomTo`), once it has rested for a moment. `detail.start` and `detail.end` are Dates, `end` exclusive.
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
 * @csspart zoom-controls - The on-screen zoom and pan buttons, when `zoom-controls` is set.
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
 * @cssprop [--timeline-marker=#a6192e] - Reference marker lines and labels.
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
  static override styles = [timelineStyles, exploreStyles, themeStyles];

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

  /**
   * A named theme. Without it, colours follow the reader's light or dark scheme.
   * @default the reader's scheme
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'high-contrast' | 'print';

  /**
   * First day of the visible window, as a partial ISO date (`2017-01-01`) or UTC date-time; kept in step with zooming. Defaults to the data's start.
   * @default the data's first day
   */
  @property({ reflect: true }) start?: string;

  /**
   * Last day of the visible window, inclusive, as a partial ISO date (`2018-02-13`) or UTC date-time (exclusive); kept in step with zooming. Defaults to the data's end.
   * @default the data's last day
   */
  @property({ reflect: true }) end?: string;

  /**
   * The shortest window the reader can zoom in to, as a duration: `6h`, `1d` (default), `2w`, `3m`, `1y`.
   * @default '1d'
   */
  @property({ attribute: 'min-zoom' }) minZoom?: string;

  /**
   * The longest window the reader can zoom out to, as a duration (`5y`). Defaults to the data's extent.
   * @default the data's extent
   */
  @property({ attribute: 'max-zoom' }) maxZoom?: string;

  /** Shows on-screen buttons to zoom in, zoom out, show everything, and pan. */
  @property({ type: Boolean, attribute: 'zoom-controls' }) zoomControls = false;

  /** Draws one labelled, collapsible band of lanes per `category`, `actor` or `place`; an event with several actors (or places) appears in each of their bands. */
  @property({ attribute: 'group-by' }) groupBy?: string;

  /** `horizontal`, `vertical` (time runs down the page, labels beside the marks), or `auto`: vertical when the timeline is narrower than 600 px, as on a phone. */
  @property({ reflect: true }) orientation: 'horizontal' | 'vertical' | 'auto' = 'horizontal';

  /** Writes the selection into the page URL as `#event=<id>`, selects the event such a URL names, and lets Back and Forward move through selections. */
  @property({ type: Boolean, attribute: 'hash-sync' }) hashSync = false;

  /**
   * BCP 47 locale for dates, numbers and the component's words. Defaults to the nearest `lang`, then the browser's. An RTL locale mirrors the timeline.
   * @default the nearest lang
   */
  @property() locale?: string;

  /**
   * Comma list of categories to show; all when absent or empty.
   * @default all
   */
  @property({ converter: listConverter, reflect: true }) categories?: string[];

  /** Which events to show beyond `categories`: `{ text, confidences }`, as set by `<timeline-legend>`. */
  @property({ attribute: false }) filter?: EventFilter;

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
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

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
  /** Which of the event's marks is hovered, when it has one in several bands. */
  private _tooltipKey?: string;
  /** Where the tooltip was placed after measuring it, for the event it belongs to. */
  @state() private _tooltipPlace?: TooltipPlacement & { id: string };
  @state() private _problemsDismissed = false;
  /** What the polite live region says now. */
  @state() private _announcement = '';
  @state() private _tableOrder: DateOrder = 'ascending';
  /** The page of the events table shown, from 0. */
  @state() private _tablePage = 0;
  @state() private _periods: Period[] = [];
  /** Bands the reader collapsed, by key; cleared when `group-by` changes. */
  @state() private _collapsedGroups: ReadonlySet<string> = new Set();

  private _abort?: AbortController;
  private _resizeObserver?: ResizeObserver;
  private _layout?: TimelineLayout;
  private _dense?: DenseLayout;
  /** The focused event's position in the index, in the density view. */
  @state() private _denseFocus?: number;
  private _styles = new Map<string, CategoryStyle>();
  /**
   * Fitted labels by event id, kept between layouts: titles don't change when the view moves.
   * Across, the entry names its `event` and keeps its `widths`, for a zoom step to take as they are.
   * At most FITTED_TITLES of them (see `_labelFitter`).
   */
  private _labels = new Map<
    string,
    { key: string; fitted: FittedLabel[]; event?: TimelineEvent; widths?: number[] }
  >();
  private _focusAfterRender = false;
  private _problemsToReport = false;
  /** The window is moving to show the focused event: the focus change speaks, not the live region. */
  private _revealing = false;
  private _windowAnnounceTimer?: ReturnType<typeof setTimeout>;
  /** Where focus was when the help dialog opened, to return it there. */
  private _helpOpener: HTMLElement | null = null;
  private _markRadius = DEFAULT_LAYOUT.pointRadius;
  /** The options' names and places, kept while the events, words and locale stay the same. */
  private _optionNames = new OptionNames();
  // Events written as <timeline-event> children, used when neither `events` nor `src` is given.
  private _childEvents = new ChildEventsController(this, (events) => {
    if (this.events == null && !this.src) this._accept(events);
  });
  private _loadToReport = false;
  /** The visible window, exactly; `start` and `end` are this written to the day or minute. */
  private _view?: [number, number];
  /** Where the current zoom animation is heading, so a second `+` zooms on from there. */
  private _target?: TimeWindow;
  /** What the component itself last wrote into `start` and `end`, so it can tell its own writes apart. */
  private _written?: { start: string; end: string };
  private _rangeTimer?: ReturnType<typeof setTimeout>;
  private _zoom = new DeferredZoom((window, byReader) => this._onZoom(window, byReader));
  /** Holds the drawing until the locale's words are here (Arabic loads on demand). */
  private _catalogue = new CatalogueController(this, () => this.effectiveLocale);
  /*
   * Parts only some timelines use, fetched the first time one is asked for (feature-chunk.ts);
   * the drawing waits for them (`_partsPending`).
   */
  private _verticalPart = new FeatureChunk(this, () => import('./vertical-part'));
  private _swimlanesPart = new FeatureChunk(this, () => import('./swimlanes-part'));
  private _periodsPart = new FeatureChunk(
    this,
    () => import('./periods-part'),
    () => this._readPeriods(),
  );
  private _markersPart = new FeatureChunk(this, () => import('./markers-part'));
  private _problemsPart = new FeatureChunk(this, () => import('./problems-notice'));
  /** The density band, for more than `DENSE_THRESHOLD` events in view. */
  private _densePart = new FeatureChunk(
    this,
    loadDensePart,
    ({ ColourSchemeWatch }) => {
      // A scheme or forced-colours change repaints the canvas with colours read again (CSS follows by
      // itself): watched from when the density band can be drawn.
      void new ColourSchemeWatch(this, () => {
        this._fonts = undefined;
        this.requestUpdate();
      });
    },
    densePartIfHere,
  );
  /** The last render held the drawing for the density part (see render). */
  private _denseHeld = false;
  /** The events table: fetched when it is first built (after the chart paints), or for `view="table"`. */
  private _tablePart = new FeatureChunk(this, () => import('./table-part'));
  /** The on-screen zoom buttons, only for `zoom-controls` (off by default). */
  private _zoomControlsPart = new FeatureChunk(this, () => import('./render-zoom-controls'));
  /** What `toSVG()` copies the drawing with: fetched right after the first draw, so `updateComplete` waits for it. */
  private _exportPart = new FeatureChunk(this, () => import('../export/export-svg'));
  /** The keyboard help dialog: fetched once there are events to move through, before anyone presses `?`. */
  private _helpPart = new FeatureChunk(this, () => import('./render-help'));
  private _hashSyncPart = new FeatureChunk(
    this,
    () => import('./hash-sync'),
    ({ HashSync }) => {
      // It registers itself with the timeline, which keeps it.
      void new HashSync(this);
    },
  );
  /** The data whose periods are still to be read, once the periods part is here. */
  private _periodsInput?: unknown;
  /** The plot's height as last drawn, in px (the zoom needs it; reading it from the DOM forces a layout). */
  private _plotHeight = 0;
  /** Where the lanes start below the top of the plot: under the axis and the marker labels. */
  private _lanesTop = AXIS_HEIGHT;
  private _placedMarkers: PlacedMarker[] = [];
  /** Marker labels fitted to the room beside a vertical timeline's marks, by instant. */
  private _verticalMarkerTexts = new Map<number, string>();
  /** Watches the `<timeline-marker>` children, which the timeline draws. */
  private _markerObserver?: MutationObserver;

  /**
   * Draws `events` at `width` px without joining the page, and leaves again: what the idle
   * rehearsal (rehearsal.ts) runs so that a fresh page's first real draw finds its code compiled
   * and its templates prepared. It does for Lit what `connectedCallback` does (a render root,
   * updates on), but watches neither the page's size nor the element's children, and what the
   * element dispatches, never connected, reaches no one.
   * @internal
   */
  async rehearse(events: TimelineEventInput[], width: number): Promise<void> {
    this._width = width;
    super.connectedCallback();
    try {
      this.events = events;
      // The render, not the parts it asks for (updateComplete would wait for those too).
      await super.getUpdateComplete();
    } finally {
      this.disconnectedCallback();
    }
  }

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
      // Zooming changes the height (lanes come and go): that alone brings no new fonts to read.
      if (Math.abs(width - this._width) >= 0.5) {
        this._fonts = undefined;
        this._width = width;
      }
    });
    this._resizeObserver.observe(this);
    this._markerObserver = new MutationObserver(() => this.requestUpdate());
    this._markerObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['date', 'label'],
    });
    // A src set while disconnected (or a reconnect after an aborted load) loads now.
    if (this.src && this._loadState !== 'loaded' && this.hasUpdated) this._load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._windowAnnounceTimer);
    this._tableRequest++;
    this._zoom.detach();
    clearTimeout(this._rangeTimer);
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    this._markerObserver?.disconnect();
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
    if (changed.has('groupBy') && this.hasUpdated) this._collapsedGroups = new Set();
    this._followEdgeAttributes(changed);
    if (this.hasUpdated) this._announceChanges(changed);
  }

  /**
   * Also waits for what loads after a render (the locale's words, d3-zoom after the first draw; see
   * catalogue-controller.ts and deferred-zoom.ts): once it resolves, the wheel and drag zoom too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let waiting = this._arriving(); waiting; waiting = this._arriving()) {
      await waiting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private _arriving(): Promise<void> | undefined {
    return (
      this._catalogue.loading ??
      this._childEvents.loading ??
      this._verticalPart.loading ??
      this._swimlanesPart.loading ??
      this._markersPart.loading ??
      this._problemsPart.loading ??
      this._helpPart.loading ??
      this._periodsPart.loading ??
      this._hashSyncPart.loading ??
      this._exportPart.loading ??
      this._densePart.loading ??
      this._tablePart.loading ??
      this._zoomControlsPart.loading ??
      this._zoom.loading
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Set only when it changes: most updates are zoom steps, and each set is a mutation to process.
    const base = this.renderRoot.querySelector('.base');
    const busy = `${this._held}`;
    if (base && base.getAttribute('aria-busy') !== busy) base.setAttribute('aria-busy', busy);
    // After the first draw, not before it: few pages export, and none before they see the drawing.
    // The events table's part too, so that its first build, at the first pause, does not wait for
    // it: a zoom step then awaited the fetch (`updateComplete` waits for parts) and the build.
    if (this._catalogue.ready) {
      this._exportPart.want(true);
      this._tablePart.want(true);
    }
    this._restoreRetryFocus();
    this._bindZoom();
    const dense = this._densePart.module;
    if (this._dense && dense) {
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.density');
      if (canvas) {
        // The colours read with the fonts: computed style on every zoom step would force a style recalculation.
        const { colours } = this._readFonts();
        const colour = (c: CategoryStyle | undefined) =>
          colours[(c?.order ?? 0) % 7] || c?.colour || '#4a4a4a';
        dense.drawBand(canvas, this._dense, this._styles, colour, this._readyAhead());
      }
    } else if (dense && this._layout && this._inView && !isVertical(this._layout)) {
      // Marks: the titles a window to either side are fitted, and their options named, while the page
      // is idle, so that a pan after a pause does neither (the band's own, stopped by this one, too).
      const { index, window } = this._inView;
      const length = window[1] - window[0];
      dense.fitTitlesWhenIdle(
        {
          positions: positionsInWindow(index, [window[0] - length, window[1] + length]),
          events: index.events,
        },
        this._readyAhead(),
      );
    }
    this._placeTooltip();
    if ((changed.has('categories') || changed.has('filter')) && this.hasUpdated && this._result) {
      const shown = this._filteredEvents().length;
      this._emit<TimelineFilterChangeDetail>('timeline-filter-change', {
        shown,
        total: this.validEvents.length,
      });
    }
    if (this._focusAfterRender) {
      this._focusAfterRender = false;
      const id = this._dense
        ? this._filteredIndex().index.events[this._denseFocus ?? -1]?.id
        : this._focusedId;
      this._optionFor(id)?.focus();
    }
    if (this._loadToReport && this._catalogue.ready && !this._partsPending()) {
      this._loadToReport = false;
      this._emit<TimelineLoadDetail>('timeline-load', {
        events: [...this.validEvents],
        ...(this._result?.title ? { title: this._result.title } : {}),
      });
    }
    if (this._problemsToReport && !this._partsPending()) {
      this._problemsToReport = false;
      this._emit<TimelineProblemsDetail>('timeline-problems', { problems: [...this.problems] });
    }
  }

  private _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private _accept(input: unknown): void {
    this._result = validateDataset(input);
    this._periods = [];
    this._periodsInput = hasPeriods(input) ? input : undefined;
    this._loadState = 'loaded';
    this._problemsDismissed = false;
    this._problemsToReport = this._result.problems.length > 0;
    this._loadToReport = true;
    // The index names each category once, in order of first appearance, unless there are more
    // than its 65,536 numbers.
    const named = indexValidated(this._result).categoryNames;
    this._styles = categoryStyles(
      named.length < 0x10000 ? named : this._result.events.map((e) => e.category),
    );
    // New data starts from the window the attributes ask for, or from the whole story.
    this._view = undefined;
    this._target = undefined;
    if (this._periodsInput !== undefined) this._readPeriods();
  }

  /** Reads the periods of the data just accepted, if the periods part is here (else once it arrives). */
  private _readPeriods(): void {
    const part = this._periodsPart.want();
    if (!part || this._periodsInput === undefined || !this._result) return;
    const periods = part.readPeriods(this._periodsInput);
    this._periodsInput = undefined;
    this._periods = periods.periods;
    this._result.problems.push(...periods.problems);
    if (periods.problems.length > 0) this._problemsToReport = true;
    // The drawing waited for them, so no one has moved the window yet: it starts again, periods included.
    this._view = undefined;
    this._target = undefined;
  }

  /**
   * Whether a part this timeline needs now is still on its way (feature-chunk.ts): asking starts
   * fetching it. The timeline draws nothing meanwhile rather than draw the wrong thing first.
   */
  private _partsPending(): boolean {
    const waiting = (part: { want(): unknown; readonly settled: boolean }) => (part.want(), !part.settled);
    // `auto` may turn vertical on a phone: fetched at once, alongside the data.
    if (this.orientation === 'auto') this._verticalPart.want();
    // Data with more events than marks can show may turn dense when zoomed out: fetched ahead, not waited for.
    if (this.validEvents.length > DENSE_THRESHOLD) this._densePart.want();
    return (
      this._childEvents.loading !== undefined ||
      (this._denseHeld && !this._densePart.settled) ||
      (this.view === 'table' && waiting(this._tablePart)) ||
      (this.zoomControls && waiting(this._zoomControlsPart)) ||
      (this._periodsInput !== undefined && waiting(this._periodsPart)) ||
      (this.hashSync && waiting(this._hashSyncPart)) ||
      (this._grouping() !== null && waiting(this._swimlanesPart)) ||
      (this._markerInputs().length > 0 && waiting(this._markersPart)) ||
      (this._showsProblems() && waiting(this._problemsPart)) ||
      (this._isVertical() && waiting(this._verticalPart))
    );
  }

  private async _load(url: string): Promise<void> {
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    this._loadState = 'loading';
    this._loadError = '';
    const timeout = Number.isFinite(this.timeout) ? this.timeout : DEFAULT_TIMEOUT;
    try {
      // The loader is a chunk of its own: most timelines are given their events, not an address.
      const { loadDataset } = await import('./load-dataset').catch(() => {
        throw Object.assign(new Error('the loader could not be fetched'), { kind: 'network' });
      });
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
      // Everything the loader rejects with is a DatasetLoadError (it never rejects with anything else).
      const { message, kind } = error as DatasetLoadError;
      this._loadError = message;
      this._loadErrorKind = kind;
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

  /** Events that pass `categories` and `filter`, in time order, and their index; kept until either changes. */
  private _filteredIndex(): { events: readonly TimelineEvent[]; index: EventIndex } {
    const filter = this.filter;
    const key = JSON.stringify([this.categories ?? null, filter?.text ?? '', filter?.confidences ?? null]);
    if (this._filtered && this._filtered.result === this._result && this._filtered.key === key)
      return this._filtered;
    const all = this._result?.events ?? [];
    const events = filterEvents(all, this.categories, filter);
    // Nothing filtered out: the index of every event, made once, will do.
    const index = events.length === all.length ? indexValidated(this._result) : indexEvents(events);
    this._filtered = { result: this._result, key, events, index };
    return this._filtered;
  }

  /** The events that pass the filters, in time order: what the timeline draws where the window allows. */
  get shownEvents(): readonly TimelineEvent[] {
    return this._filteredEvents();
  }

  /** Events that pass `categories` and `filter`, in time order. */
  private _filteredEvents(): readonly TimelineEvent[] {
    return this._filteredIndex().events;
  }

  /** The whole story: every valid event, padded. Zooming is measured from here, and `fit()` returns here. */
  private _home(): [number, number] | null {
    // Asked for several times a render: a pass over 100,000 events each time adds up.
    const known = this._homeFor;
    if (known && known.result === this._result && known.periods === this._periods) return known.home;
    const periods = this._periods.length > 0 ? this._periodsPart.want() : undefined;
    // Until the periods part is here the home leaves them out; it is worked out again when it arrives.
    if (this._periods.length > 0 && !periods) {
      const extent = indexValidated(this._result).extent;
      return extent ? padWindow(extent) : null;
    }
    const extent = widest(indexValidated(this._result).extent, periods?.periodsExtent(this._periods) ?? null);
    const home = extent ? padWindow(extent) : null;
    this._homeFor = { result: this._result, periods: this._periods, home };
    return home;
  }

  private _homeFor?: { result: ValidationResult | null; periods: Period[]; home: [number, number] | null };

  private _limits(home: TimeWindow): ZoomLimits {
    return zoomLimits(home, parseDuration(this.minZoom), parseDuration(this.maxZoom));
  }

  /** The window `start` and `end` ask for, filling a missing edge from the whole story. */
  private _attributeWindow(): [number, number] | null {
    const home = this._home();
    const from = parseWindowEdge(this.start, 'start') ?? home?.[0];
    const to = parseWindowEdge(this.end, 'end') ?? home?.[1];
    if (from === undefined || to === undefined || !(to > from)) return home;
    return [from, to];
  }

  /** The visible window in ms: where the reader zoomed to, else what the attributes say, else the whole story. */
  private _currentWindow(): [number, number] | null {
    if (!this._view) this._view = this._attributeWindow() ?? undefined;
    return this._view ?? null;
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
    // Without a value (an element away from the page, as the rehearsal's is) the stylesheet's own
    // default: then the rehearsal measures in the fonts the first real draw asks for, and warms them.
    const family = style.getPropertyValue('--timeline-font-family').trim() || DEFAULT_FONT_FAMILY;
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
    words: Messages,
  ): TimelineLayout | undefined {
    if (this._width <= 0) return undefined;
    const vertical = this._isVertical() ? this._verticalPart.want() : undefined;
    if (vertical) return this._computeVerticalLayout(vertical, events, window);
    this._layoutMarkers(window);
    const options = this._readFonts().layout;
    this._markRadius = options.pointRadius ?? DEFAULT_LAYOUT.pointRadius;
    const input = {
      events,
      window,
      width: this._width,
      options,
      labelWidth: this._labelFitter(),
    };
    const by = this._grouping();
    const lanes = by ? this._swimlanesPart.want() : undefined;
    const layout =
      by && lanes
        ? lanes.layoutSwimlanes({
            ...input,
            groups: lanes.groupEvents(
              events,
              by,
              by === 'actor' ? words.swimlanes.noActor : words.swimlanes.noPlace,
            ),
            collapsed: this._collapsedGroups,
            headerHeight: lanes.GROUP_HEADER_HEIGHT,
            options: { ...options, maxLanes: 8 },
          })
        : layoutTimeline(input);
    // Mirroring keeps every other field (a swimlane layout's bands among them).
    return this.effectiveDirection === 'rtl' ? mirrorLayout(layout) : layout;
  }

  /**
   * What is done ahead, while the page is idle, for an event near the view (dense-view.ts,
   * `fitTitlesWhenIdle`): its title fitted and its option named, so that the zoom step or pan
   * that brings it into view as a mark does neither. Names were a sixth of the step where 270
   * marks replace the band at 1,000 events.
   */
  private _readyAhead(): (event: TimelineEvent) => void {
    const fit = this._labelFitter();
    const locale = this.effectiveLocale;
    const words = messagesFor(locale, this.messages);
    const { index } = this._filteredIndex();
    // The marks drawn next ask for the same index, words and locale, and find these names.
    const names = this._optionNames.for(index, words, locale);
    return (event) => {
      fit(event);
      names.prepare(index, words, locale, event);
    };
  }

  /**
   * Each event's title fitted to every label width, for the layout: remembered per event, and the
   * same for the same fonts, room and locale, so a zoom step takes the widths as they were. The
   * density band asks for it too, to fit the titles in view while the page is idle (dense-view.ts).
   */
  private _labelFitter(): (event: TimelineEvent) => readonly number[] {
    const font = this._readFonts().label;
    const measure = textMeasurer(font);
    const locale = this.effectiveLocale;
    const widths = LABEL_WIDTHS.map((w) => Math.min(w, this._width * 0.6));
    const key = `${font}|${widths.join()}|${locale}`;
    const labels = this._labels;
    return (event) => {
      let entry = labels.get(event.id);
      if (!entry?.widths || entry.event !== event || entry.key !== key) {
        const title = eventTitle(event, locale);
        const fitted: FittedLabel[] = [];
        for (const width of widths) {
          const label = fitLabel(title, width, measure);
          if (!fitted.some((f) => f.text === label.text)) fitted.push(label);
        }
        entry = { key, fitted, event, widths: fitted.map((f) => f.width) };
      }
      keepRecent(labels, event.id, entry, FITTED_TITLES);
      return entry.widths!;
    };
  }

  /** Whether the timeline is drawn top to bottom now: `vertical`, or `auto` on a narrow screen. */
  private _isVertical(): boolean {
    return (
      (this.orientation === 'vertical' ||
        (this.orientation === 'auto' && this._width > 0 && this._width < 600)) &&
      // Should its part fail to load, the timeline is drawn across rather than not at all.
      !this._verticalPart.failed
    );
  }

  /** The vertical layout: one label beside each mark, fitted to the room beside the marks. */
  private _computeVerticalLayout(
    { fitVertical }: typeof import('./vertical-part'),
    events: readonly TimelineEvent[],
    window: [number, number],
  ): VerticalLayout {
    const fonts = this._readFonts();
    this._placedMarkers = [];
    this._lanesTop = 0;
    this._markRadius = DEFAULT_LAYOUT.pointRadius;
    const { layout, markerTexts } = fitVertical({
      events,
      window,
      width: this._width,
      shown: this._filteredEvents().length,
      family: fonts.family,
      labelFont: fonts.label,
      locale: this.effectiveLocale,
      rtl: this.effectiveDirection === 'rtl',
      markers: this._markerInputs(),
      // Only a timeline with markers waits for their part; one without has none to place.
      markerInstant: this._markersPart.module?.markerInstant,
      labels: this._labels,
    });
    this._verticalMarkerTexts = markerTexts;
    return layout;
  }

  /** What `group-by` asks for, if it is one of the groupings there are. */
  private _grouping(): GroupBy | null {
    return GROUP_BYS.includes(this.groupBy as GroupBy) ? (this.groupBy as GroupBy) : null;
  }

  private _toggleGroup(key: string): void {
    const next = new Set(this._collapsedGroups);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this._collapsedGroups = next;
  }

  /** The events drawn, each once, in time order: the order arrow keys move through. */
  private _eventOrder(layout: TimelineLayout): string[] {
    const ids = [...new Set(layout.marks.map((m) => m.event.id))];
    if (!this._grouping()) return ids;
    // Each drawn event's place in the index, found by its start: not a map of every event's.
    const { index } = this._filteredIndex();
    const rank = new Map(layout.marks.map((m) => [m.event.id, placeOf(index, m.event)]));
    return ids.sort((a, b) => rank.get(a)! - rank.get(b)!);
  }

  /** The `<timeline-marker>` children, as the timeline reads them. */
  private _markerInputs(): MarkerInput[] {
    return [...this.children]
      .filter((child) => child.localName === 'timeline-marker')
      .map((child) => ({ date: child.getAttribute('date') ?? '', label: child.getAttribute('label') ?? '' }));
  }

  private _layoutMarkers(window: TimeWindow): void {
    const plotLeft = DEFAULT_LAYOUT.marginLeft;
    const plotRight = Math.max(plotLeft, this._width - DEFAULT_LAYOUT.marginRight);
    const measure = textMeasurer(`600 11px ${this._readFonts().family}`);
    const part = this._markersPart.module;
    const inputs = part ? this._markerInputs() : [];
    const { markers, rows } = part?.layoutMarkers(inputs, window, [plotLeft, plotRight], measure) ?? {
      markers: [],
      rows: 0,
    };
    // Right to left: laid out left to right, then reflected, as the marks are (see mirror.ts).
    const flip = (x: number) => this._width - x;
    this._placedMarkers =
      this.effectiveDirection === 'rtl'
        ? markers.map((m) => ({
            ...m,
            position: flip(m.position),
            labelStart: flip(m.labelStart + m.labelLength),
          }))
        : markers;
    this._lanesTop = AXIS_HEIGHT + (part?.markerStripHeight(rows) ?? 0);
  }

  /**
   * The events in the window, and their density layout once made: kept while the index and the
   * window stay the same, so a render that only moves the focus or builds the hidden table does
   * not count 100,000 events again.
   */
  private _inView?: {
    index: EventIndex;
    window: readonly [number, number];
    positions: Int32Array;
    dense?: DenseLayout;
    width?: number;
    densePart?: unknown;
  };

  private _positionsInView(index: EventIndex, window: readonly [number, number]): Int32Array {
    const seen = this._inView;
    if (seen?.index === index && seen.window[0] === window[0] && seen.window[1] === window[1])
      return seen.positions;
    this._inView = { index, window: [window[0], window[1]], positions: positionsInWindow(index, window) };
    return this._inView.positions;
  }

  /**
   * The last drawing, which stays (with the focus in it) while a part that a change needs is on its
   * way, rather than the timeline going blank for a network round trip and the focus falling to the page.
   */
  private _drawing?: TemplateResult;
  /** The drawing on screen is an earlier one, held while a part is fetched: said with `aria-busy`. */
  private _held = false;

  override render(): TemplateResult {
    this._held = true;
    if (!this._catalogue.ready || this._partsPending()) return this._drawing ?? html``;
    const locale = this.effectiveLocale;
    const words = messagesFor(locale, this.messages);
    const { events, index } = this._filteredIndex();
    const window = this._loadState === 'loaded' ? this._currentWindow() : null;
    // Cull with the index first, so a zoomed-in view of 100,000 events lays out only what it shows.
    const inView = window ? this._positionsInView(index, window) : null;
    const tooMany = !!window && !!inView && this._width > 0 && inView.length > DENSE_THRESHOLD;
    const dense = tooMany ? this._densePart.want() : undefined;
    // Too many events for marks, and the density part is on its way: nothing rather than marks first.
    this._denseHeld = tooMany && !this._densePart.settled;
    if (this._denseHeld) return this._drawing ?? html``;
    this._held = false;
    this._layout = undefined;
    this._dense = undefined;
    if (window && inView && dense) {
      const seen = this._inView;
      if (seen?.dense && seen.width === this._width && seen.densePart === dense) this._dense = seen.dense;
      else {
        this._dense = dense.denseLayout(index, inView, window, this._width);
        Object.assign(this._inView!, { dense: this._dense, width: this._width, densePart: dense });
      }
    } else if (window && inView) {
      this._layout = this._computeLayout(
        Array.from(inView, (i) => index.events[i]!),
        window,
        words,
      );
    }
    const layout = this._layout;
    const hasMarks = !!layout && layout.marks.length > 0;
    const table = this.view === 'table';
    return (this._drawing = html`
      <div part="base" class="base" dir=${this.effectiveDirection} lang=${langAttribute(locale)}>
        <div class="header">
          ${this.heading ? html`<div part="heading" class="heading" id="heading">${this.heading}</div>` : nothing}
          ${hasMarks || this._dense ? this._renderToolbar(words) : nothing}
          ${
            (layout || this._dense) && this.zoomControls
              ? (this._zoomControlsPart.want()?.renderZoomControls(this._zoomControlState(), words) ??
                nothing)
              : nothing
          }
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
        ${layout && !table ? this._renderPlot(words, layout) : nothing}
        ${this._dense && !table ? this._renderDense(words, this._dense, index) : nothing}
        ${
          hasMarks
            ? this._renderTable(
                [layout.marks.map((m) => m.event.id).join('\n')],
                () => this._tablePart.module!.rowsOf(layout.marks.map((m) => m.event)),
                words,
                locale,
                table,
              )
            : this._dense
              ? this._renderDenseTable(this._dense, index, words, locale, table)
              : this._forgetTable()
        }
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this._announcement}
        </div>
        ${
          hasMarks || this._dense
            ? this._helpPart.want()?.renderHelp(this._keyContext(), words, this._onHelpClosed)
            : nothing
        }
        ${this._markersPart.module?.renderMarkerList<{ label: string; date: string }>(
          isVertical(layout) ? layout.markers : this._placedMarkers,
          words.markers.label,
          (m) => `${m.label || words.markers.unlabelled}: ${formatPartialDate(m.date, locale)}`,
        )}
      </div>
    `);
  }

  /**
   * The events table, one page of it. Moving the focus re-renders the chart; the table only when
   * its rows (`key`), page, order, words or view change.
   */
  private _renderTable(
    key: readonly unknown[],
    rows: () => TableRows,
    words: Messages,
    locale: string,
    onScreen: boolean,
  ): ReturnType<typeof guard> | typeof nothing {
    const deps = [...key, locale, words, this._tableOrder, this._tablePage, onScreen, this._result];
    const shown = this._tableDeps;
    const leavingScreen = this._tableOnScreen;
    if (!onScreen && !leavingScreen && !this._tableDue && !(shown && deps.every((d, i) => d === shown[i]))) {
      // Hidden (chart view), the table is for screen readers, who cannot read it mid-zoom: it is
      // built after the chart has painted, and follows the window once the window rests.
      this._scheduleTable(shown === undefined);
      return shown ? guard([...shown], () => nothing) : nothing;
    }
    // Due now: the table part, if not here yet, draws it when it arrives (the table view waited for it).
    const part = this._tablePart.want();
    if (!part) return nothing;
    this._tableDue = false;
    this._tableDeps = deps;
    this._tableOnScreen = onScreen;
    return guard(deps, () =>
      part.renderTable(rows(), {
        words,
        locale,
        order: this._tableOrder,
        onScreen,
        onSort: this._toggleTableOrder,
        page: this._tablePage,
        onPage: (page) => this._turnTablePage(page, rows().count, words),
      }),
    );
  }

  /** The table's inputs as last rendered; undefined while it is not in the page. */
  private _tableDeps?: readonly unknown[];
  /** The hidden table may catch up in this render. */
  private _tableDue = false;
  private _tableOnScreen = false;
  /** Only the latest request to build the hidden table builds it (a disconnect cancels them all). */
  private _tableRequest = 0;

  /** The request of a first build still waiting for its pause, which every later render shares. */
  private _tableFirst = -1;

  private _scheduleTable(soon: boolean): void {
    // It builds from the latest rows when it runs: asking again on every zoom step until then
    // would cost each step an idle callback (0.5 ms at 100 events) and change nothing.
    if (soon && this._tableFirst === this._tableRequest) return;
    const request = ++this._tableRequest;
    if (soon) this._tableFirst = request;
    const due = () => {
      if (request !== this._tableRequest) return;
      this._tableFirst = -1;
      this._tableDue = true;
      this.requestUpdate();
    };
    // The first table waits for a pause (at most TABLE_FIRST_WAIT), which comes after the chart's
    // paint, so no frame is asked for first: a re-render as soon as the paint is done would hold up
    // the first things done with the chart.
    if (soon) whenIdle(due, TABLE_FIRST_WAIT);
    else setTimeout(due, TABLE_DELAY);
  }

  private _forgetTable(): typeof nothing {
    this._tableDeps = undefined;
    this._tableOnScreen = false;
    return nothing;
  }

  /** In the density view, the table pages through every event in view, from the index. */
  private _renderDenseTable(
    dense: DenseLayout,
    index: EventIndex,
    words: Messages,
    locale: string,
    onScreen: boolean,
  ): ReturnType<typeof guard> {
    const { positions } = dense;
    const key = `${positions.length}:${positions[0] ?? ''}:${positions[positions.length - 1] ?? ''}`;
    const rows = (): TableRows => ({ count: positions.length, at: (row) => index.events[positions[row]!]! });
    return this._renderTable([index, key], rows, words, locale, onScreen);
  }

  /** Goes to another page of the table, and says which rows it shows now. */
  private _turnTablePage(page: number, count: number, words: Messages): void {
    const next = this._tablePart.module?.tablePage(count, page);
    if (!next) return;
    this._tablePage = next.page;
    this._announce(words.tableRows(next.from + 1, next.to, next.total));
  }

  /** The density view, for when more events are in view than marks could show apart. */
  private _renderDense(words: Messages, dense: DenseLayout, index: EventIndex): TemplateResult {
    const part = this._densePart.module!;
    const height = AXIS_HEIGHT + part.BAND_HEIGHT + 8;
    this._plotHeight = height;
    const positions = dense.positions;
    let focus = this._denseFocus !== undefined ? positions.indexOf(this._denseFocus) : -1;
    if (focus < 0 && this.selected) focus = positions.findIndex((i) => index.events[i]!.id === this.selected);
    if (focus < 0) focus = 0;
    const event = index.events[positions[focus]!];
    const x = event ? dense.axis.scale(new Date((event.span.start + event.span.end) / 2)) : 0;
    const name = event ? nameInView(event, [focus + 1, positions.length], words, this.effectiveLocale) : '';
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
        ${part.renderDenseBand(event, x, name, this.heading || words.eventsLabel, event?.id === this.selected)}
      </div>`;
  }

  private _onDenseKeydown = (e: KeyboardEvent): void => {
    if (this._onZoomKey(e)) return;
    const dense = this._dense;
    const move = keyMove(e.key, this._keyContext(e));
    if (move === 'help' && dense) {
      e.preventDefault();
      this._openHelp();
      return;
    }
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
    const part = this._densePart.module;
    if (!dense || !part) return;
    const { index } = this._filteredIndex();
    const bounds = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const scale = dense.axis.scale;
    const hit = part.eventNear(
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
      case 'error': {
        // Said in the reader's language where the catalogue has a reason for this kind of failure.
        const reason = (this._loadErrorKind && words.loadReasons[this._loadErrorKind]) || this._loadError;
        return html`<div part="notice" class="notice error">
          <p role="alert">${words.loadFailed(shortUrl(this.src ?? ''), reason)}</p>
          <button type="button" class="retry" @click=${this._retry}>${words.retry}</button>
        </div>`;
      }
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
    if (!this._showsProblems()) return nothing;
    return (
      this._problemsPart.module?.renderProblemsNotice(this.problems, words, this._dismissProblems) ?? nothing
    );
  }

  /** Whether the notice of problems is shown: its part is fetched only for data that has some. */
  private _showsProblems(): boolean {
    return !this.hideProblems && !this._problemsDismissed && this.problems.length > 0;
  }

  /** The Dismiss button leaves with the notice: its focus goes to the timeline's tab stop, not to the page. */
  private _dismissProblems = async (): Promise<void> => {
    this._problemsDismissed = true;
    await this.updateComplete;
    const root = this.renderRoot;
    (
      root.querySelector<HTMLElement>('[role="option"][tabindex="0"]') ??
      root.querySelector<HTMLElement>('[part~="toolbar"] button')
    )?.focus();
  };

  private _renderPlot(words: Messages, layout: TimelineLayout): TemplateResult {
    if (isVertical(layout)) return this._renderVerticalPlot(words, layout);
    const eras = this._periods.length > 0 ? this._periodsPart.want() : undefined;
    const periods =
      eras?.placePeriods(this._periods, layout, textMeasurer(`italic 11px ${this._readFonts().family}`)) ??
      [];
    const height = this._lanesTop + layout.height + (eras && periods.length > 0 ? eras.PERIOD_STRIP : 0) + 8;
    this._plotHeight = height;
    const locale = this.effectiveLocale;
    const focusId = this._rovingId(layout);
    // A swimlane layout is only made once the swimlanes part is here.
    const lanes = 'groups' in layout ? this._swimlanesPart.want() : undefined;
    const grouped = lanes ? (layout as SwimlaneLayout) : null;
    // Each event gets one option, on its first mark; its other marks (in other bands) are pointer targets only.
    const firsts = new Set<PlacedMark>();
    const seen = new Set<string>();
    for (const m of layout.marks) {
      if (!seen.has(m.event.id)) firsts.add(m);
      seen.add(m.event.id);
    }
    const bands = lanes && grouped ? lanes.bandsOf(grouped) : null;
    const names = this._optionNames.for(this._filteredIndex().index, words, locale);
    const tooltip = this._tooltipMark(layout);
    const direction = this.effectiveDirection;
    return html`<div part="plot" class="plot" style=${styleMap({ height: `${height}px` })}>
      <svg class="chart" width=${layout.width} height=${height} aria-hidden="true">
        ${markDefs} ${renderAxis(layout, height, locale, textMeasurer(`12px ${this._readFonts().family}`))}
        ${this._markersPart.module?.renderMarkers(this._placedMarkers, AXIS_HEIGHT, height, this.effectiveDirection)}
        <g transform="translate(0, ${this._lanesTop})">
          ${eras && periods.length > 0 ? eras.renderPeriods(periods, layout.height) : nothing}
          ${renderLanes(layout)} ${lanes && grouped ? lanes.renderGroupBands(grouped, layout.width) : nothing}
          ${lanes && grouped ? lanes.renderCopyLinks(grouped, this._tooltipId ?? this.selected) : nothing}
          ${repeat(
            layout.marks,
            (m) => markKey(m),
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
              @click=${this._onOptions}
              @focusin=${this._onOptions}
              @focusout=${this._onOptions}
              @pointerover=${this._onOptions}
              @pointerout=${this._onOptions}
            >
              ${repeat(
                layout.marks.filter((m) => firsts.has(m)),
                (m) => m.event.id,
                (m) => this._renderTarget(m, focusId, names, words, bands),
              )}
            </div>`
          : nothing
      }
      ${
        lanes && grouped
          ? html`${lanes.renderGroupHeaders(
                grouped,
                this._lanesTop,
                direction === 'rtl'
                  ? { right: layout.width - layout.plotRight - 4 }
                  : { left: layout.plotLeft - 4 },
                words,
                (key) => this._toggleGroup(key),
                this._grouping() === 'category',
              )}
              <div class="copies" aria-hidden="true">
                ${layout.marks.filter((m) => !firsts.has(m)).map((m) => this._renderCopyTarget(m))}
              </div>`
          : nothing
      }
      ${tooltip ? this._renderTooltip(tooltip, layout, words, locale) : nothing}
      ${
        eras && periods.length > 0
          ? eras.renderPeriodList(
              periods.map((p) => p.period),
              words,
              locale,
            )
          : nothing
      }
    </div>`;
  }

  /** The vertical timeline: axis down the side, labels beside the marks (see vertical-layout.ts). */
  private _renderVerticalPlot(words: Messages, layout: VerticalLayout): TemplateResult {
    // A vertical layout is only made once the vertical part is here.
    const { renderVerticalAxis, renderVerticalMark, renderVerticalMarkers, verticalDefs } =
      this._verticalPart.want()!;
    const height = layout.height;
    const locale = this.effectiveLocale;
    const direction = this.effectiveDirection;
    const focusId = this._rovingId(layout);
    const names = this._optionNames.for(this._filteredIndex().index, words, locale);
    const tooltip = this._tooltipMark(layout);
    const markers = layout.markers.map((m) => ({
      ...m,
      label: this._verticalMarkerTexts.get(m.at) ?? m.label,
    }));
    return html`<div part="plot" class="plot vertical" style=${styleMap({ height: `${height}px` })}>
      <svg class="chart" width=${layout.width} height=${height} aria-hidden="true">
        ${markDefs} ${verticalDefs} ${renderVerticalAxis(layout, locale, direction)}
        ${renderVerticalMarkers(markers, layout, direction)}
        ${repeat(
          layout.marks,
          (m) => m.event.id,
          (m) =>
            renderVerticalMark(
              m,
              this._styles.get(m.event.category ?? UNCATEGORISED),
              m.event.id === this.selected,
              this._labels.get(m.event.id)?.fitted[0]?.text ?? eventTitle(m.event, locale),
              direction,
            ),
        )}
      </svg>
      ${
        layout.marks.length > 0
          ? html`<div
                role="listbox"
                aria-labelledby=${ifDefined(this.heading ? 'heading' : undefined)}
                aria-label=${ifDefined(this.heading ? undefined : words.eventsLabel)}
                aria-describedby="summary"
                aria-orientation="vertical"
                @keydown=${this._onKeydown}
                @click=${this._onOptions}
                @focusin=${this._onOptions}
                @focusout=${this._onOptions}
                @pointerover=${this._onOptions}
                @pointerout=${this._onOptions}
              >
                ${repeat(
                  layout.marks,
                  (m) => m.event.id,
                  (m) => this._renderTarget(m, focusId, names, words),
                )}
              </div>
              <div class="copies" aria-hidden="true">
                ${layout.marks.filter((m) => m.labelled).map((m) => this._renderCopyTarget(m, this._markBox(m)))}
              </div>`
          : nothing
      }
      ${tooltip ? this._renderTooltip(tooltip, layout, words, locale) : nothing}
    </div>`;
  }

  /** Around a vertical timeline's mark alone, at least 24×24 px: the pointer target of a labelled mark. */
  private _markBox(m: VerticalMark): { left: number; top: number; width: number; height: number } {
    const r = this._markRadius;
    const [x0, x1, y0, y1] = [m.x0 - r, m.x1 + r, m.y0 - r, m.y1 + r];
    const width = Math.max(MIN_TARGET, x1 - x0);
    const height = Math.max(MIN_TARGET, y1 - y0);
    return { left: (x0 + x1) / 2 - width / 2, top: (y0 + y1) / 2 - height / 2, width, height };
  }

  private _targetBox(m: PlacedMark): { left: number; top: number; width: number; height: number } {
    if ('y0' in m) {
      // Vertical: the label is the option (labels never overlap); the mark has its own pointer target.
      const v = m as VerticalMark;
      if (!v.labelled) return this._markBox(v);
      const height = MIN_TARGET;
      return { left: v.labelX - 2, top: v.labelY - 4 - height / 2, width: v.labelWidth + 4, height };
    }
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
    return { left: cx - width / 2, top: this._lanesTop + cy - height / 2, width, height };
  }

  private _renderTarget(
    m: PlacedMark,
    focusId: string | undefined,
    names: OptionNames,
    words: Messages,
    bands: ReadonlyMap<string, string[]> | null = null,
  ): TemplateResult {
    const box = this._targetBox(m);
    const e = m.event;
    const under = bands?.get(e.id) ?? [];
    const [named, position, size] = names.of(e);
    const name = named + (under.length > 1 ? `, ${words.swimlanes.shownUnder(under)}` : '');
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
      style=${placeBox(box)}
    ></div>`;
  }

  /**
   * Clicks, focus and hovers of the options, heard once on the listbox: a zoom step updates every
   * option, and five listeners on each were five more things to update.
   */
  private _onOptions = (e: Event): void => {
    const id = (e.target as Element).closest('[role="option"]')?.getAttribute('data-id');
    if (!id) return;
    if (e.type === 'click') this._select(id);
    else if (e.type === 'focusin' || e.type === 'pointerover') this._showTooltip(id);
    else this._hideTooltip(id);
  };

  /** Another band's mark of an event that already has its option (or a vertical mark apart from its label): for the pointer only. */
  private _renderCopyTarget(m: PlacedMark, box = this._targetBox(m)): TemplateResult {
    const key = markKey(m);
    return html`<div
      class="copy-target"
      style=${styleMap({
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      })}
      @click=${() => this._select(m.event.id)}
      @pointerenter=${() => this._showTooltip(m.event.id, key)}
      @pointerleave=${() => this._hideTooltip(m.event.id)}
    ></div>`;
  }

  /** The mark the tooltip belongs to: the one hovered, else the event's first. */
  private _tooltipMark(layout: TimelineLayout | undefined): PlacedMark | undefined {
    if (!layout || !this._tooltipId) return undefined;
    const marks = layout.marks.filter((m) => m.event.id === this._tooltipId);
    return marks.find((m) => markKey(m) === this._tooltipKey) ?? marks[0];
  }

  private _renderTooltip(
    m: PlacedMark,
    _layout: TimelineLayout,
    words: Messages,
    locale: string,
  ): TemplateResult {
    const box = this._targetBox(m);
    const e = m.event;
    // First drawn hidden where it will roughly go, then measured and placed on screen (see updated).
    const placed = this._tooltipPlace?.id === markKey(m) ? this._tooltipPlace : undefined;
    const position = placed
      ? { left: `${placed.left}px`, top: `${placed.top}px` }
      : { left: `${box.left}px`, top: `${box.top + box.height + 4}px`, visibility: 'hidden' };
    return html`<div
      part="tooltip"
      class="tooltip ${placed?.side ?? ''}"
      aria-hidden="true"
      style=${styleMap(position)}
    >
      <strong dir="auto">${eventTitle(e, locale)}</strong>
      ${describeDate(e, locale, words)}${e.confidence ? html` · ${words.confidence[e.confidence]}` : nothing}
    </div>`;
  }

  /**
   * The timeline as drawn now, as a standalone SVG file (text): heading, key and chart, with the
   * current theme's colours and the font stack with its fallbacks written into the file.
   */
  toSVG(): string {
    const part = this._exportPart.want();
    // Called before the export part is here (it arrives just after the first draw): a file that says so.
    if (!part) return svgNotReady(messagesFor(this.effectiveLocale, this.messages).loading, this._width);
    return part.exportSVG({
      root: this.renderRoot as ShadowRoot,
      host: this,
      heading: this.heading || this._result?.title,
      measure: (text, font) => textMeasurer(font)(text),
    });
  }

  /** The timeline as drawn now, as a PNG image, painted from `toSVG()` at the screen's pixel ratio or `scale`. */
  async toPNG(options: PngExportOptions = {}): Promise<Blob> {
    this._exportPart.want();
    // The painter loads on the first call: few pages ever export.
    const [{ svgToPNG }] = await Promise.all([import('../export/export-png'), this._exportPart.loading]);
    return svgToPNG(this.toSVG(), options);
  }

  /** Measures the tooltip and the screen, and moves the tooltip where it is fully visible. */
  private _placeTooltip(): void {
    const mark = this._tooltipMark(this._layout);
    // Without a tooltip (as on most zoom steps) there is nothing to look up in the drawing.
    const tooltip = mark && this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const plot = tooltip && this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!tooltip || !plot || !mark) {
      this._tooltipPlace = undefined;
      return;
    }
    const rect = plot.getBoundingClientRect();
    const left = Math.max(0, -rect.left);
    const right = Math.min(rect.width, window.innerWidth - rect.left);
    const placed = placeTooltip(
      this._targetBox(mark),
      { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
      { left, top: -rect.top, width: Math.max(0, right - left), height: window.innerHeight },
    );
    const current = this._tooltipPlace;
    const same =
      current?.id === markKey(mark) &&
      Math.abs(current.left - placed.left) < 0.5 &&
      Math.abs(current.top - placed.top) < 0.5;
    if (!same) this._tooltipPlace = { id: markKey(mark), ...placed };
  }

  private _showTooltip(id: string, key?: string): void {
    this._tooltipId = id;
    this._tooltipKey = key;
  }

  private _hideTooltip(id: string): void {
    if (this._tooltipId === id) this._tooltipId = undefined;
  }

  /** The event that holds the single Tab stop: the focused one, else the selected, else the first. */
  private _rovingId(layout: TimelineLayout): string | undefined {
    const ids = this._eventOrder(layout);
    if (this._focusedId && ids.includes(this._focusedId)) return this._focusedId;
    if (this.selected && ids.includes(this.selected)) return this.selected;
    return ids[0];
  }

  private _optionFor(id: string | undefined): HTMLElement | null {
    if (!id) return null;
    return this.renderRoot.querySelector<HTMLElement>(`[role="option"][data-id="${CSS.escape(id)}"]`);
  }

  /**
   * Selects the event with this id (null clears the selection), pans it into view unless `reveal`
   * is false, and fires `timeline-select`, as a reader's click would.
   */
  selectEvent(id: string | null, options: { reveal?: boolean } = {}): void {
    const event = id ? this.validEvents.find((e) => e.id === id) : undefined;
    if (id && !event) return;
    this._select(event?.id);
    if (event && options.reveal !== false) this._reveal(event);
  }

  private _reveal(event: TimelineEvent): void {
    const home = this._home();
    const view = this._target ?? this._view;
    if (!home || !view) return;
    const next = clampWindow(revealSpan(view, [event.span.start, event.span.end]), this._limits(home));
    if (!sameWindow(next, view)) void this._moveTo(next);
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
      orientation: this._isVertical() ? 'vertical' : 'horizontal',
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
    if (this._onZoomKey(e)) return;
    const layout = this._layout;
    const move = keyMove(e.key, this._keyContext(e));
    if (!layout || layout.marks.length === 0 || !move) return;
    if (move === 'help') {
      e.preventDefault();
      this._openHelp();
      return;
    }
    const { events, index } = this._filteredIndex();
    // The Tab stop's event is drawn, so found among the marks, then in the index by its start: a
    // search of 100,000 events that worked out the Tab stop for each took 400-800 ms a key.
    const roving = this._rovingId(layout);
    const focused = layout.marks.find((m) => m.event.id === roving)?.event;
    const current = focused ? placeOf(index, focused) : 0;
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
      const window = this._currentWindow();
      const step = pageStep(window ? window[1] - window[0] : 0);
      next = pagedIndex(move === 'page-back' ? 'back' : 'forward', current, index.starts, step);
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
    const window = this._currentWindow();
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
    // A `?` pressed before the dialog's part arrived opens it once it is drawn: the key is not lost.
    if (!dialog && this._helpPart.loading) {
      void this._helpPart.loading.then(() => this.updateComplete).then(() => this._openHelp());
      return;
    }
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
    if ((changed.has('categories') || changed.has('filter')) && this._result) {
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
        const window = this._currentWindow();
        if (!window) return;
        const count = this._positionsInView(index, window).length;
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

  // ——— Zoom and pan ———

  /** The visible window, exactly, as Dates (`end` exclusive); null before there is data to draw. */
  get visibleWindow(): { start: Date; end: Date } | null {
    const window = this._view ?? this._attributeWindow();
    return window ? { start: new Date(window[0]), end: new Date(window[1]) } : null;
  }

  /** The window that shows every event (where `fit()` goes), as Dates with `end` exclusive; null without data. */
  get fullWindow(): { start: Date; end: Date } | null {
    const home = this._home();
    if (!home) return null;
    const fitted = clampWindow(home, this._limits(home));
    return { start: new Date(fitted[0]), end: new Date(fitted[1]) };
  }

  /**
   * Zooms and pans to show `start` to `end` (Dates, epoch ms, or strings as in the `start` and
   * `end` attributes), within `min-zoom`, `max-zoom` and the data's extent. Animated unless the
   * reader prefers reduced motion or `animate` is false; resolves when the view gets there.
   */
  zoomTo(start: WindowEdge, end: WindowEdge, options: { animate?: boolean } = {}): Promise<void> {
    const from = toInstant(start, 'start');
    const to = toInstant(end, 'end');
    const home = this._home();
    if (from === null || to === null || !(to > from) || !home) return Promise.resolve();
    return this._moveTo(clampWindow([from, to], this._limits(home)), options.animate);
  }

  /** Zooms out to show every event. */
  fit(options: { animate?: boolean } = {}): Promise<void> {
    const home = this._home();
    if (!home) return Promise.resolve();
    return this._moveTo(clampWindow(home, this._limits(home)), options.animate);
  }

  /** `+`, `-`, `0` and Shift+arrows, wherever the focus is in the timeline; true when the key was one of them. */
  private _onZoomKey(e: KeyboardEvent): boolean {
    const move = zoomKeyMove(e.key, this._keyContext(e));
    if (!move) return false;
    e.preventDefault();
    this._zoomBy(move);
    return true;
  }

  private _zoomBy(move: ZoomMove): void {
    const home = this._home();
    const from = this._target ?? this._view;
    if (!home || !from) return;
    if (move === 'fit') {
      void this.fit();
      return;
    }
    const next =
      move === 'zoom-in'
        ? zoomWindow(from, ZOOM_STEP)
        : move === 'zoom-out'
          ? zoomWindow(from, 1 / ZOOM_STEP)
          : panWindow(from, move === 'pan-earlier' ? -PAN_STEP : PAN_STEP);
    void this._moveTo(clampWindow(next, this._limits(home)));
  }

  private _zoomControlState(): ZoomControlState {
    const home = this._home();
    const view = this._view;
    if (!home || !view) {
      return { canZoomIn: false, canZoomOut: false, canFit: false, canPanEarlier: false, canPanLater: false };
    }
    const limits = this._limits(home);
    const length = view[1] - view[0];
    const fitted = clampWindow(home, limits);
    return {
      canZoomIn: length > limits.shortest + 1,
      canZoomOut: length < limits.longest - 1,
      canFit: !sameWindow(view, fitted),
      canPanEarlier: view[0] > limits.bounds[0] + 1,
      canPanLater: view[1] < limits.bounds[1] - 1,
      rtl: this.effectiveDirection === 'rtl',
      vertical: this._isVertical(),
      onMove: (move) => this._zoomBy(move),
    };
  }

  private _moveTo(window: TimeWindow, animate = true): Promise<void> {
    this._target = window;
    const duration = animate && !prefersReducedMotion() ? ZOOM_DURATION : 0;
    return this._zoom.moveTo(window, duration).then(() => {
      if (this._target === window) this._target = undefined;
    });
  }

  /**
   * A change of `start` or `end` from outside (not the component's own write) moves the view there
   * at once, in this same render: a page driving the window, say as its reader scrolls, is in charge.
   */
  private _followEdgeAttributes(changed: PropertyValues<this>): void {
    if (!changed.has('start') && !changed.has('end')) return;
    const own = this._written && this.start === this._written.start && this.end === this._written.end;
    if (own) return;
    this._written = undefined;
    if (!this._view) return; // Not drawn yet: the first layout reads the attributes.
    this._zoom.stop();
    this._target = undefined;
    this._view = this._attributeWindow() ?? this._view;
  }

  /** After each render: bind d3-zoom to the plot and tell it how the plot is drawn now. */
  private _bindZoom(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    this._zoom.attach(plot);
    const axis = this._layout ?? this._dense?.axis;
    const home = this._home();
    if (!axis || !home || !this._view || !plot) return;
    // The scale's range runs from the window's start to its end: right to left in RTL, down when vertical.
    const [r0, r1] = axis.scale.range() as [number, number];
    const vertical = isVertical(this._layout);
    this._zoom.update(
      {
        home,
        limits: this._limits(home),
        range: [r0, r1],
        // From the layout, not the DOM: reading the plot's size here would force a layout per step.
        across: vertical ? this._width : this._plotHeight,
        vertical,
      },
      this._view,
    );
  }

  /** Every change of the transform lands here: gestures, animations and `zoomTo`. */
  private _onZoom(window: [number, number], byReader: boolean): void {
    if (sameWindow(window, this._view)) return;
    this._view = window;
    if (byReader) this._target = undefined;
    const written = formatWindow(window);
    if (written.start && written.end) {
      this._written = written;
      this.start = written.start;
      this.end = written.end;
    }
    this.requestUpdate();
    clearTimeout(this._rangeTimer);
    this._rangeTimer = setTimeout(() => {
      const view = this._view;
      if (!view) return;
      this._emit<TimelineRangeChangeDetail>('timeline-range-change', {
        start: new Date(view[0]),
        end: new Date(view[1]),
      });
    }, RANGE_CHANGE_DELAY);
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function toInstant(edge: WindowEdge, which: 'start' | 'end'): number | null {
  if (edge instanceof Date) return Number.isFinite(edge.getTime()) ? edge.getTime() : null;
  if (typeof edge === 'number') return Number.isFinite(edge) ? edge : null;
  return parseWindowEdge(edge, which);
}

/** A mark's key among all marks drawn: its band and its event, since an event may be drawn in several bands. */
/**
 * The most fitted titles a timeline keeps, the most recently used: a reader exploring 100,000
 * events would otherwise keep every title met (about 400 bytes each). Far more than one view and
 * what is fitted ahead of it (FIT_AHEAD, and a window to either side of the marks), so no title in
 * view is forgotten while it is drawn.
 */
export const FITTED_TITLES = 10_000;

function markKey(m: PlacedMark): string {
  const group = (m as Partial<GroupedMark>).group;
  return group === undefined ? m.event.id : `${group}\u0000${m.event.id}`;
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
