/**
 * Browser commands (run in Node, next to Playwright) that hold back the page's requests for some
 * URLs until released: a part of the timeline on a slow network. Registered in vitest.config.ts.
 */
import type { BrowserCommand } from 'vitest/node';

/** What releases each held pattern. */
const gates = new Map<string, () => void>();

export const holdRequests: BrowserCommand<[pattern: string]> = async (context, pattern) => {
  const gate = new Promise<void>((release) => gates.set(pattern, release));
  await context.page.route(pattern, async (route) => {
    await gate;
    // Released by an unroute meanwhile, the request may already be on its way.
    await route.continue().catch(() => {});
  });
};

export const releaseRequests: BrowserCommand<[pattern: string]> = async (context, pattern) => {
  gates.get(pattern)?.();
  gates.delete(pattern);
  await context.page.unroute(pattern);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Holds back requests whose URL matches the glob `pattern` until `releaseRequests(pattern)`. */
    holdRequests: (pattern: string) => Promise<void>;
    /** Lets the requests held for `pattern` through, and stops holding new ones. */
    releaseRequests: (pattern: string) => Promise<void>;
  }
}
