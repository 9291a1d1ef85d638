/**
 * Wheel, pinch, drag and touch zooming of a timeline's time axis, with d3-zoom. d3-zoom keeps a
 * transform on the plot element; this turns it into a visible time window and back, so the
 * component only ever deals in windows.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimeWindow, ZoomLimits } from '../layout/view-window';

/** What the zoom needs to know about the drawing. */
export interface ZoomFrame {
  /** The window drawn at zoom level 1. */
  home: TimeWindow;
  limits: ZoomLimits;
  /** Pixel range of the time axis inside the plot element, from the window's start to its end (right to left in RTL). */
  range: readonly [number, number];
  /** Size of the plot across the time axis, in px. */
  across: number;
  /** The time axis runs top to bottom. */
  vertical: boolean;
}

/** Called with the new window whenever the transform changes; `byReader` when a gesture did it. */
export type WindowListener = (window: [number, number], byReader: boolean) => void;

/** Elements that keep their own pointer gestures: a press on them never starts a pan. */
const OWN_GESTURES = 'button, input, select, textarea, a[href]';

export class TimeZoom {
  private readonly _zoom: ZoomBehavior<HTMLElement, unknown>;
  private _selection?: Selection<HTMLElement, unknown, null, undefined>;
  private _frame?: ZoomFrame;

  constructor(private readonly _onWindow: WindowListener) {
    this._zoom = zoom<HTMLElement, unknown>()
      .filter((event: Event) => this._accepts(event))
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        const window = this._windowFor(event.transform);
        if (window) this._onWindow(window, event.sourceEvent != null);
      });
  }

  /** Binds zooming to `element` (the plot), releasing the one bound before. */
  attach(element: HTMLElement | null): void {
    if (this._selection?.node() === element) return;
    this.detach();
    if (!element) return;
    this._selection = select(element);
    this._selection.call(this._zoom);
  }

  /** Stops a running animation where it is. */
  stop(): void {
    this._selection?.interrupt();
  }

  detach(): void {
    if (!this._selection) return;
    this._selection.interrupt().on('.zoom', null);
    this._selection = undefined;
  }

  /**
   * Tells the zoom how the plot is drawn now and which window it shows, without firing anything:
   * after a resize the same window maps to a different transform.
   */
  update(frame: ZoomFrame, window: TimeWindow): void {
    // Every zoom step tells the zoom again; its frame rarely changes, and d3-zoom's setters cost.
    if (!this._frame || !sameFrame(this._frame, frame)) this._configure(frame);
    this._frame = frame;
    const node = this._selection?.node() as (HTMLElement & { __zooming?: unknown }) | undefined;
    // Mid-gesture or mid-transition d3-zoom owns the transform; overwriting it would jump.
    if (node && !node.__zooming) {
      const transform = this._transformFor(window);
      if (transform) this._selection!.property('__zoom', transform);
    }
  }

  private _configure(frame: ZoomFrame): void {
    this._frame = frame;
    const { home, limits, range, across, vertical } = frame;
    const length = home[1] - home[0];
    const [b0, b1] = limits.bounds.map((t) => this._base(t)) as [number, number];
    const INF = Infinity;
    this._zoom
      .scaleExtent([length / limits.longest, length / limits.shortest])
      .extent(
        vertical
          ? [
              [0, range[0]],
              [across, range[1]],
            ]
          : [
              [range[0], 0],
              [range[1], across],
            ],
      )
      .translateExtent(
        vertical
          ? [
              [-INF, b0],
              [INF, b1],
            ]
          : [
              [b0, -INF],
              [b1, INF],
            ],
      );
  }

  /** Moves to `window` (already within the limits), animated over `duration` ms; resolves when there. */
  moveTo(window: TimeWindow, duration: number): Promise<void> {
    const selection = this._selection;
    const transform = this._transformFor(window);
    if (!selection || !transform) {
      this._onWindow([window[0], window[1]], false);
      return Promise.resolve();
    }
    if (duration <= 0) {
      // Straight there, without d3-zoom's gesture and its events: the next render tells the
      // zoom its new transform (update), as it does after any move. Half a zoom step's work, cold.
      selection.interrupt();
      this._onWindow([window[0], window[1]], false);
      return Promise.resolve();
    }
    const transition = selection.interrupt().transition().duration(duration);
    transition.call(this._zoom.transform, transform);
    // A newer move interrupts this one; either way the caller may go on.
    return transition.end().catch(() => undefined);
  }

  private _accepts(event: Event): boolean {
    const target = event.target as Element | null;
    if (target?.closest?.(OWN_GESTURES)) return false;
    const mouse = event as MouseEvent;
    if (mouse.button) return false;
    if (this._frame?.vertical) {
      // A phone reader scrolls down through a vertical timeline: one finger and the plain wheel
      // scroll the page. Pinching (a ctrl+wheel on trackpads), buttons and keys still zoom.
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
      if (event.type === 'wheel') return mouse.ctrlKey;
    }
    return !mouse.ctrlKey || event.type === 'wheel';
  }

  /** Position along the time axis at zoom level 1. */
  private _base(time: number): number {
    const { home, range } = this._frame!;
    return range[0] + ((time - home[0]) * (range[1] - range[0])) / (home[1] - home[0]);
  }

  private _timeAt(position: number): number {
    const { home, range } = this._frame!;
    return home[0] + ((position - range[0]) * (home[1] - home[0])) / (range[1] - range[0]);
  }

  private _transformFor(window: TimeWindow): ZoomTransform | null {
    const frame = this._frame;
    if (!frame || !(window[1] > window[0]) || frame.range[1] === frame.range[0]) return null;
    const k = (frame.home[1] - frame.home[0]) / (window[1] - window[0]);
    const shift = frame.range[0] - k * this._base(window[0]);
    if (!Number.isFinite(k) || !Number.isFinite(shift)) return null;
    return frame.vertical
      ? zoomIdentity.translate(0, shift).scale(k)
      : zoomIdentity.translate(shift, 0).scale(k);
  }

  private _windowFor(t: ZoomTransform): [number, number] | null {
    const frame = this._frame;
    if (!frame || frame.range[1] === frame.range[0]) return null;
    const shift = frame.vertical ? t.y : t.x;
    const [r0, r1] = frame.range;
    return [this._timeAt((r0 - shift) / t.k), this._timeAt((r1 - shift) / t.k)];
  }
}

function sameFrame(a: ZoomFrame, b: ZoomFrame): boolean {
  return (
    a.home[0] === b.home[0] &&
    a.home[1] === b.home[1] &&
    a.limits.shortest === b.limits.shortest &&
    a.limits.longest === b.limits.longest &&
    a.limits.bounds[0] === b.limits.bounds[0] &&
    a.limits.bounds[1] === b.limits.bounds[1] &&
    a.range[0] === b.range[0] &&
    a.range[1] === b.range[1] &&
    a.across === b.across &&
    a.vertical === b.vertical
  );
}
