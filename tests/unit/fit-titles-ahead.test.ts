import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIT_AHEAD, fitTitlesWhenIdle, type DenseLayout } from '../../src/timeline/dense-view';
import type { TimelineEvent } from '../../src/data/types';

/** A band with `count` events in view, at positions 0…count-1 of an index of `count` events. */
function band(count: number): DenseLayout {
  const events = Array.from({ length: count }, (_, i) => ({ id: `e${i}` }) as TimelineEvent);
  return { positions: Int32Array.from(events.keys()), events } as unknown as DenseLayout;
}

// Node has no requestIdleCallback: whenIdle waits a moment instead, and a slice lasts 8 ms.
afterEach(() => vi.useRealTimers());

describe('fitTitlesWhenIdle: titles fitted ahead of the step where the band gives way to marks', () => {
  it('fits every title in view once the page is idle, from the middle of the view outwards', async () => {
    vi.useFakeTimers();
    const fitted: string[] = [];
    fitTitlesWhenIdle(band(7), (event) => fitted.push(event.id));
    // Nothing in the render that asked: only when idle.
    expect(fitted).toEqual([]);
    await vi.runAllTimersAsync();
    expect(fitted).toEqual(['e3', 'e2', 'e4', 'e1', 'e5', 'e0', 'e6']);
  });

  it('stops when a newer band takes over, and with too many events in view does nothing', async () => {
    vi.useFakeTimers();
    const older: string[] = [];
    const newer: string[] = [];
    fitTitlesWhenIdle(band(20), (event) => older.push(event.id));
    fitTitlesWhenIdle(band(3), (event) => newer.push(event.id));
    await vi.runAllTimersAsync();
    expect(older).toEqual([]);
    expect(newer).toEqual(['e1', 'e0', 'e2']);

    const crowded: string[] = [];
    fitTitlesWhenIdle(band(FIT_AHEAD + 1), (event) => crowded.push(event.id));
    await vi.runAllTimersAsync();
    expect(crowded).toEqual([]);
  });

  it('goes on in later idle moments when one is not long enough', async () => {
    vi.useFakeTimers();
    let fitted = 0;
    // Each title takes 3 ms: a slice of 8 ms fits three, and the rest wait for the next moments.
    fitTitlesWhenIdle(band(10), () => {
      fitted++;
      vi.advanceTimersByTime(3);
    });
    await vi.advanceTimersByTimeAsync(250);
    expect(fitted).toBeGreaterThan(0);
    expect(fitted).toBeLessThan(10);
    await vi.runAllTimersAsync();
    expect(fitted).toBe(10);
  });
});
