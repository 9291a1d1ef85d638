/**
 * A browser command (runs in Node, next to Playwright) that emulates CSS media features for
 * the test page: forced colours, reduced motion, colour scheme. Registered in vitest.config.ts.
 */
import type { BrowserCommand } from 'vitest/node';

export interface MediaFeatures {
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
}

export const emulateMedia: BrowserCommand<[features: MediaFeatures]> = async (context, features) => {
  await context.page.emulateMedia(features);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates media features for the page; pass `null` for a feature to stop emulating it. */
    emulateMedia: (features: MediaFeatures) => Promise<void>;
  }
}
