// Lifecycle: connecting and disconnecting leaves nothing behind, moving keeps state, an element
// upgraded after its attributes were set works, and a second copy of the library does not crash.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import { EventTimeline } from '../../src/event-timeline';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { markIds, mountTimeline, options, unmountAll, untilDrawn } from './mount';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
  unmountAll();
});

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Counts what an element could leave behind: listeners on document and window, ResizeObservers
 * still observing, timers neither fired nor cleared, and fetches not yet settled.
 */
function watchResources() {
  const listeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const key = (
    target: EventTarget,
    type: string,
    listener: unknown,
    options?: boolean | EventListenerOptions,
  ) => {
    const fn = listener as object;
    if (!ids.has(fn)) ids.set(fn, nextId++);
    const capture = typeof options === 'boolean' ? options : (options?.capture ?? false);
    return `${target === window ? 'window' : 'document'} ${type} ${ids.get(fn)} ${capture}`;
  };
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    if ((this === window || this === document) && listener) listeners.add(key(this, type, listener, options));
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    if ((this === window || this === document) && listener)
      listeners.delete(key(this, type, listener, options));
    return removeEventListener.call(this, type, listener, options);
  };

  let observing = 0;
  const RealResizeObserver = window.ResizeObserver;
  window.ResizeObserver = class extends RealResizeObserver {
    #targets = 0;
    override observe(target: Element, options?: ResizeObserverOptions) {
      this.#targets++;
      observing++;
      super.observe(target, options);
    }
    override unobserve(target: Element) {
      if (this.#targets > 0) {
        this.#targets--;
        observing--;
      }
      super.unobserve(target);
    }
    override disconnect() {
      observing -= this.#targets;
      this.#targets = 0;
      super.disconnect();
    }
  };

  const timers = new Set<number>();
  const {
    setTimeout: realSetTimeout,
    clearTimeout: realClearTimeout,
    setInterval: realSetInterval,
    clearInterval: realClearInterval,
  } = window;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = realSetTimeout(
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    realClearTimeout(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = realSetInterval(handler, ms, ...args);
    timers.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    realClearInterval(id);
  }) as typeof window.clearInterval;

  let fetching = 0;
  let fetches = 0;
  // A server that never answers: only an abort ends a request, as with a real fetch.
  window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
    fetching++;
    fetches++;
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => {
        fetching--;
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  };

  return {
    counts: () => ({ listeners: listeners.size, observing, timers: timers.size, fetching }),
    fetches: () => fetches,
    restore() {
      Object.assign(EventTarget.prototype, { addEventListener, removeEventListener });
      Object.assign(window, {
        ResizeObserver: RealResizeObserver,
        setTimeout: realSetTimeout,
        clearTimeout: realClearTimeout,
        setInterval: realSetInterval,
        clearInterval: realClearInterval,
        fetch: realFetch,
      });
    },
  };
}

describe('<event-timeline> lifecycle', () => {
  it(
    'connecting and disconnecting 1,000 times leaves no listener, observer, timer or fetch behind',
    { timeout: 60_000 },
    async () => {
      const container = document.createElement('div');
      container.style.width = '800px';
      document.body.append(container);
      const watch = watchResources();
      try {
        const drawn = document.createElement('event-timeline');
        drawn.events = idlib2018Input;
        const loading = document.createElement('event-timeline');
        loading.setAttribute('src', '/never-answers.json');
        const failing = document.createElement('event-timeline');
        failing.setAttribute('src', 'javascript:void 0');
        let waitedLoads = 0;
        for (let i = 0; i < 1000; i++) {
          const timeline = [drawn, loading, failing][i % 3]!;
          const fetched = watch.fetches();
          container.append(timeline);
          // Half the time the element draws (or starts loading) first; half the time it is gone at once.
          if (i % 2 === 0) {
            await timeline.updateComplete;
            if (timeline === loading) {
              // The loader is a chunk of its own: its request starts a moment after connecting.
              for (let wait = 0; watch.fetches() === fetched; wait++) {
                if (wait > 200) throw new Error(`connection ${i} started no load`);
                await nextTask();
              }
              waitedLoads++;
            }
          }
          timeline.remove();
        }
        await nextTask();
        await nextTask();
        expect(watch.counts()).toEqual({ listeners: 0, observing: 0, timers: 0, fetching: 0 });
        // Each connection of the loading element that stayed really started a load, and each was stopped.
        expect(waitedLoads).toBe(166);
        expect(watch.fetches()).toBeGreaterThanOrEqual(waitedLoads);
      } finally {
        watch.restore();
        container.remove();
      }
    },
  );

  it('moving an element to another parent keeps its data and selection, without loading again', async () => {
    let fetches = 0;
    window.fetch = (...args) => (fetches++, realFetch(...args));
    const timeline = mountTimeline({ attributes: { src: '/data/idlib-2018.json' } });
    const root = await untilDrawn(timeline);
    const target = options(root)[4]!;
    await userEvent.click(target);
    const selected = timeline.selected;
    const before = markIds(root);

    const elsewhere = document.createElement('section');
    elsewhere.style.width = '1000px';
    document.body.append(elsewhere);
    elsewhere.append(timeline);
    await timeline.updateComplete;
    expect(markIds(timeline.shadowRoot!)).toEqual(before);
    expect(timeline.selected).toBe(selected);
    expect(root.querySelector('[aria-selected="true"]')?.getAttribute('data-id')).toBe(selected);

    // The atomic move of Chromium 133+, which keeps focus where it was.
    const third = document.createElement('div');
    third.style.width = '1000px';
    document.body.append(third);
    if ('moveBefore' in third) {
      root.querySelector<HTMLElement>(`[role="option"][data-id="${selected}"]`)!.focus();
      (third as unknown as { moveBefore(node: Node, child: Node | null): void }).moveBefore(timeline, null);
      await timeline.updateComplete;
      expect(markIds(timeline.shadowRoot!)).toEqual(before);
      expect(timeline.selected).toBe(selected);
      expect((root.activeElement as HTMLElement | null)?.dataset.id).toBe(selected);
    }
    expect(fetches).toBe(1);
    elsewhere.remove();
    third.remove();
  });

  it('moving an element while it loads still ends with the data drawn', async () => {
    const timeline = mountTimeline({ attributes: { src: '/data/idlib-2018.json' } });
    const elsewhere = document.createElement('div');
    elsewhere.style.width = '900px';
    document.body.append(elsewhere);
    elsewhere.append(timeline);
    const root = await untilDrawn(timeline);
    expect(markIds(root)).toHaveLength(idlib2018Input.events.length);
    elsewhere.remove();
  });

  it('an element whose attributes and events were set before the library defined it upgrades and draws', async () => {
    const container = document.createElement('div');
    container.style.width = '900px';
    container.innerHTML = `<event-timeline-late heading="Written in the HTML" start="2018-01-01" end="2018-02-13"></event-timeline-late>`;
    document.body.append(container);
    const late = container.firstElementChild as EventTimeline;
    // A framework may set the property on the not-yet-upgraded element.
    late.events = idlib2018Input;
    expect(late.shadowRoot).toBeNull();
    customElements.define('event-timeline-late', class extends EventTimeline {});
    const root = await untilDrawn(late);
    expect(root.querySelector('.heading')?.textContent).toBe('Written in the HTML');
    const inWindow = idlib2018Input.events.filter(
      (e) => (e.end ?? e.start) >= '2018-01' && e.start <= '2018-02-13',
    );
    expect(markIds(root)).toHaveLength(inWindow.length);
    container.remove();
  });

  it('loading the library a second time defines nothing twice and throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const copy = '../../src/event-timeline.ts?second-copy';
    await import(/* @vite-ignore */ copy);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(customElements.get('event-timeline')).toBe(EventTimeline);
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input }));
    expect(options(root)).toHaveLength(idlib2018Input.events.length);
  });
});
