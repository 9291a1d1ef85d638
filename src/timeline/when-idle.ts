/** Work that can wait for a pause: done when the page is idle, not in the middle of a draw. */

/**
 * Runs `run` once the page is idle (at the latest after `timeout` ms), or after a short wait where
 * there is no idle callback.
 */
export const whenIdle = (run: () => void, timeout = 2000): unknown =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout })
    : setTimeout(run, Math.min(200, timeout));
