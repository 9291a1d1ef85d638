/**
 * The timeline's zoom, with d3-zoom (and d3-selection, d3-transition, d3-interpolate, d3-color
 * behind it) loaded only once the plot is first drawn. That machinery is most of the code a page
 * would otherwise download before the first draw, and nothing needs it until a reader zooms.
 *
 * Until it arrives, moves (keys, buttons, `zoomTo`) jump straight to their window, so a `+`
 * pressed early is not lost; wheel, pinch and drag start working as soon as it is bound.
 */
import type { TimeZoom, WindowListener, ZoomFrame } from './time-zoom';
import type { TimeWindow } from '../layout/view-window';

export class DeferredZoom {
  private _zoom?: TimeZoom;
  private _loading?: Promise<void>;
  private _started = false;
  private _element: HTMLElement | null = null;
  private _frame?: ZoomFrame;
  private _window?: TimeWindow;

  constructor(
    private readonly _onWindow: WindowListener,
    /** Where d3-zoom comes from; a test may pass its own. */
    private readonly _load: () => Promise<{ TimeZoom: typeof TimeZoom }> = () => import('./time-zoom'),
  ) {}

  /** While d3-zoom is on its way: resolves once it is bound (or failed to load). */
  get loading(): Promise<void> | undefined {
    return this._loading;
  }

  /** Whether gestures (wheel, pinch, drag) zoom yet. */
  get ready(): boolean {
    return this._zoom !== undefined;
  }

  /** Binds zooming to the plot; the first plot starts loading d3-zoom. */
  attach(element: HTMLElement | null): void {
    this._element = element;
    if (this._zoom) this._zoom.attach(element);
    else if (element) this._startLoading();
  }

  stop(): void {
    this._zoom?.stop();
  }

  detach(): void {
    this._element = null;
    this._zoom?.detach();
  }

  update(frame: ZoomFrame, window: TimeWindow): void {
    this._frame = frame;
    this._window = window;
    this._zoom?.update(frame, window);
  }

  /** Moves to `window`: animated once d3-zoom is here, at once before. */
  moveTo(window: TimeWindow, duration: number): Promise<void> {
    if (this._zoom) return this._zoom.moveTo(window, duration);
    this._window = window;
    this._onWindow([window[0], window[1]], false);
    return Promise.resolve();
  }

  private _startLoading(): void {
    if (this._started) return;
    this._started = true;
    this._loading = this._load().then(
      ({ TimeZoom }) => {
        this._loading = undefined;
        const zoom = new TimeZoom(this._onWindow);
        this._zoom = zoom;
        // Where the plot is now, and the window it shows now: moves made meanwhile included.
        zoom.attach(this._element);
        if (this._frame && this._window) zoom.update(this._frame, this._window);
      },
      // Offline, or the chunk is gone: keys, buttons and `zoomTo` still move the view.
      () => {
        this._loading = undefined;
      },
    );
  }
}
