import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { histogramBins } from '../layout/histogram';
import { chooseTicks, formatTick } from '../layout/ticks';
import { placeTickLabels } from '../layout/tick-labels';
import { panWindow, zoomWindow } from '../layout/view-window';
import { zoomKeyMove } from '../timeline/keyboard';
import { textMeasurer } from '../timeline/measure-text';
import { messagesFor, type MessageOverrides } from '../i18n/messages';
import { CatalogueController } from '../i18n/catalogue-controller';
import { TimelineLink } from '../linked/timeline-link';
import { companionLanguage } from '../linked/companion-language';
import { overviewStyles } from './overview.styles';
import { companionThemeStyles } from '../timeline/companion-theme.styles';
import type { ThemeName } from '../timeline/themes';

const BARS_HEIGHT = 40;
const AXIS_HEIGHT = 18;
const HEIGHT = BARS_HEIGHT + AXIS_HEIGHT;
/** Narrowest a histogram bar is drawn, in px. */
const BAR_WIDTH = 4;
const PAN_STEP = 0.1;

/**
 * A compact strip of a linked timeline's whole story: how many events are under way in each
 * stretch of time, with a brush over the period the timeline shows. Dragging or resizing the brush
 * moves the timeline, and zooming the timeline moves the brush. From the keyboard the strip is a
 * slider: arrows move the period, `+` and `-` resize it, `0` shows everything.
 *
 * @summary An event-density overview with a brush, for a timeline linked by `for`.
 *
 * @csspart base - The slider that holds the strip.
 * @csspart bars - The density histogram.
 * @csspart brush - The brush over the visible period.
 * @csspart axis - The date labels under the strip.
 *
 * @cssprop [--timeline-background=#ffffff] - Background (each token also follows `theme` and the reader's dark scheme).
 * @cssprop [--timeline-font-family=system-ui, sans-serif] - Font of the labels.
 * @cssprop [--timeline-muted=#57575c] - Labels and bars.
 * @cssprop [--timeline-grid=#e3e3e8] - The baseline.
 * @cssprop [--timeline-accent=#0b5fa5] - The brush.
 * @cssprop [--timeline-focus=#0b5fa5] - Keyboard focus ring.
 */
export class TimelineOverview extends LitElement {
  static override styles = [companionThemeStyles, overviewStyles];

  /** The id of the `<event-timeline>` to follow and steer, resolved like `<label for>`. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /**
   * A named theme. Without it, the linked timeline's theme, else the reader's light or dark scheme.
   * @default the linked timeline's
   */
  @property({ reflect: true }) theme?: ThemeName;

  /** Words to use instead of the built-in ones; without them, the linked timeline's `messages`. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @state() private _width = 0;

  private readonly _link = new TimelineLink(this);
  /** Holds the drawing until the locale's words are here (Arabic loads on demand). */
  private readonly _catalogue = new CatalogueController(
    this,
    () => this._link.timeline?.effectiveLocale ?? 'en',
  );
  private readonly _brush: BrushBehavior<unknown> = brushX().on(
    'start brush end',
    (event: D3BrushEvent<unknown>) => this._onBrush(event),
  );
  private _brushed?: SVGGElement;
  /** True while the reader drags the brush, so the timeline's echo does not fight the drag. */
  private _brushing = false;
  private _resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this._resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (Math.abs(width - this._width) >= 0.5) this._width = width;
    });
    this._resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    if (this._brushed) select(this._brushed).on('.brush', null);
    this._brushed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this._link.follow(this.htmlFor);
    if (!this.hasUpdated && this._width === 0) this._width = this.getBoundingClientRect().width;
  }

  /** The whole story, as the timeline's `fit()` shows it. */
  private get _domain(): [number, number] | null {
    const full = this._link.timeline?.fullWindow;
    return full ? [full.start.getTime(), full.end.getTime()] : null;
  }

  /** Time runs right to left when the timeline does. */
  private get _rtl(): boolean {
    return this._link.timeline?.effectiveDirection === 'rtl';
  }

  private _x(time: number): number {
    const domain = this._domain!;
    const share = (time - domain[0]) / (domain[1] - domain[0]);
    return (this._rtl ? 1 - share : share) * this._width;
  }

  private _time(x: number): number {
    const domain = this._domain!;
    const share = x / this._width;
    return domain[0] + (this._rtl ? 1 - share : share) * (domain[1] - domain[0]);
  }

  override render(): TemplateResult {
    if (!this._catalogue.ready) return html``;
    const timeline = this._link.timeline;
    const domain = this._domain;
    const view = timeline?.visibleWindow;
    const locale = timeline?.effectiveLocale ?? 'en';
    const words = messagesFor(locale, this.messages ?? timeline?.messages);
    if (!timeline || !domain || !view || this._width <= 0) {
      return html`<div class="placeholder"></div>`;
    }
    const [from, to] = [view.start.getTime(), view.end.getTime()];
    const share = (time: number) => Math.round(((time - domain[0]) / (domain[1] - domain[0])) * 100);
    const { lang, dir } = companionLanguage(undefined, timeline);
    return html`<div
      part="base"
      class="base"
      lang=${lang}
      dir=${dir}
      role="slider"
      tabindex="0"
      aria-label=${words.overview.label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${Math.min(100, Math.max(0, share((from + to) / 2)))}
      aria-valuetext=${words.overview.value(formatDay(from, locale), formatDay(to - 1, locale))}
      @keydown=${this._onKeydown}
    >
      <svg width=${this._width} height=${HEIGHT} aria-hidden="true">
        ${this._renderBars(domain)} ${this._renderAxis(domain, locale)}
        <g part="brush" class="brush"></g>
      </svg>
    </div>`;
  }

  private _renderBars(domain: [number, number]): TemplateResult {
    const events = this._link.timeline?.shownEvents ?? [];
    const bins = histogramBins(events, domain, Math.max(1, Math.floor(this._width / BAR_WIDTH)));
    const most = Math.max(1, ...bins.map((b) => b.count));
    return svg`<g part="bars" class="bars">
      ${bins.map((bin) => {
        if (bin.count === 0) return nothing;
        const [a, b] = [this._x(bin.start), this._x(bin.end)];
        const x0 = Math.min(a, b);
        const height = Math.max(2, (bin.count / most) * (BARS_HEIGHT - 4));
        return svg`<rect x=${x0 + 0.5} width=${Math.max(1, Math.abs(b - a) - 1)} y=${BARS_HEIGHT - height} height=${height}></rect>`;
      })}
      <line class="baseline" x1="0" x2=${this._width} y1=${BARS_HEIGHT + 0.5} y2=${BARS_HEIGHT + 0.5}></line>
    </g>`;
  }

  private _renderAxis(domain: [number, number], locale: string): TemplateResult {
    const { ticks, unit } = chooseTicks(domain, this._width, 70);
    const texts = ticks.map((t, i) => formatTick(t, unit, locale, ticks[i - 1]));
    const xs = ticks.map((t) => this._x(t));
    const font = getComputedStyle(this).getPropertyValue('--timeline-font-family').trim() || 'sans-serif';
    const measure = textMeasurer(`11px ${font}`);
    // Labels are kept apart left to right: in RTL the ticks run the other way.
    const order = xs.map((_, i) => i).sort((i, j) => xs[i]! - xs[j]!);
    const placedInOrder = placeTickLabels(
      order.map((i) => xs[i]!),
      order.map((i) => measure(texts[i]!)),
      [0, this._width],
    );
    const placed = xs.map((_, i) => placedInOrder[order.indexOf(i)]!);
    return svg`<g part="axis" class="axis">
      ${ticks.map((_, i) =>
        placed[i]!.shown
          ? svg`<line x1=${xs[i]} x2=${xs[i]} y1=${BARS_HEIGHT} y2=${BARS_HEIGHT + 4}></line>
            <text x=${placed[i]!.x} y=${HEIGHT - 3} text-anchor="middle">${texts[i]}</text>`
          : nothing,
      )}
    </g>`;
  }

  protected override updated(): void {
    const g = this.renderRoot.querySelector<SVGGElement>('g.brush');
    if (!g) return;
    this._brush.extent([
      [0, 0],
      [this._width, BARS_HEIGHT],
    ]);
    // d3-brush draws its overlay to the extent when it is called: again whenever the width changes.
    select(g).call(this._brush);
    this._brushed = g;
    if (!this._brushing) this._moveBrush();
  }

  /** Puts the brush over the timeline's visible window (clipped to the strip). */
  private _moveBrush(): void {
    const view = this._link.timeline?.visibleWindow;
    if (!view || !this._brushed) return;
    const [a, b] = [this._x(view.start.getTime()), this._x(view.end.getTime())];
    const x0 = Math.max(0, Math.min(a, b));
    const x1 = Math.min(this._width, Math.max(a, b));
    select(this._brushed).call(this._brush.move, x1 - x0 >= 1 ? [x0, x1] : null);
  }

  private _onBrush(event: D3BrushEvent<unknown>): void {
    if (!event.sourceEvent) return; // Our own brush.move, following the timeline.
    const timeline = this._link.timeline;
    if (!timeline || !this._domain) return;
    this._brushing = event.type !== 'end';
    const selection = event.selection as [number, number] | null;
    if (selection) {
      const [a, b] = [this._time(selection[0]), this._time(selection[1])];
      void timeline.zoomTo(Math.min(a, b), Math.max(a, b), { animate: false });
    } else if (event.type === 'end') {
      // A click without a drag: bring the same length of time, centred on the click, into view.
      const view = timeline.visibleWindow;
      const pointer = event.sourceEvent as MouseEvent;
      const x = pointer.clientX - this._brushed!.getBoundingClientRect().left;
      if (view) {
        const half = (view.end.getTime() - view.start.getTime()) / 2;
        const at = this._time(x);
        void timeline.zoomTo(at - half, at + half);
      }
    }
    if (event.type === 'end') this.requestUpdate();
  }

  private _onKeydown = (e: KeyboardEvent): void => {
    const timeline = this._link.timeline;
    const view = timeline?.visibleWindow;
    if (!timeline || !view) return;
    const window: [number, number] = [view.start.getTime(), view.end.getTime()];
    const domain = this._domain!;
    const length = window[1] - window[0];
    let next: [number, number] | null = null;
    // Arrows move the brush the way they point: in RTL, Left is later.
    const rightward = this._rtl ? -PAN_STEP : PAN_STEP;
    switch (e.key) {
      case 'ArrowLeft':
        next = panWindow(window, -rightward);
        break;
      case 'ArrowRight':
        next = panWindow(window, rightward);
        break;
      case 'ArrowDown':
        next = panWindow(window, -PAN_STEP);
        break;
      case 'ArrowUp':
        next = panWindow(window, PAN_STEP);
        break;
      case 'PageUp':
        next = panWindow(window, -1);
        break;
      case 'PageDown':
        next = panWindow(window, 1);
        break;
      case 'Home':
        next = [domain[0], domain[0] + length];
        break;
      case 'End':
        next = [domain[1] - length, domain[1]];
        break;
      default: {
        const move = zoomKeyMove(e.key);
        if (move === 'zoom-in') next = zoomWindow(window, 2);
        else if (move === 'zoom-out') next = zoomWindow(window, 0.5);
        else if (move === 'fit') next = domain;
      }
    }
    if (!next) return;
    e.preventDefault();
    void timeline.zoomTo(next[0], next[1]);
  };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function formatDay(time: number, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
    }
    dayFormats.set(locale, format);
  }
  return format.format(time);
}
