/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserContextOptions } from 'playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.mjs';
import { emulateMedia } from './tests/browser/emulate-media';
import { holdRequests, releaseRequests } from './tests/browser/hold-requests';

// The Chromium that scripts/find-chromium.mjs checked for (or installed); never Playwright's download.
const executablePath = chromiumPath() ?? '/usr/bin/chromium';

/** A new Playwright provider for that Chromium, with pages in the given time zone. */
function chromium(timezoneId: string) {
  const contextOptions: BrowserContextOptions = { timezoneId, locale: 'en-US' };
  return playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS }, contextOptions });
}

/**
 * Browser-mode settings. Every project gets new objects from here: Vitest refuses a browser
 * config shared between projects ("nested project ... already defined").
 */
function browser(
  instances: { browser: 'chromium'; name?: string; include?: string[]; timezoneId: string }[],
) {
  return {
    enabled: true,
    headless: true,
    // On a loaded two-core machine, three Chromiums and the first dependency optimisation can take
    // longer than the default minute to connect.
    connectTimeout: 180_000,
    provider: chromium('UTC'),
    // Tests emulate forced colours, reduced motion and dark mode through Playwright, and hold back a part's fetch.
    commands: { emulateMedia, holdRequests, releaseRequests },
    instances: instances.map(({ timezoneId, ...instance }) => ({
      ...instance,
      provider: chromium(timezoneId),
    })),
  };
}

/**
 * Serves dist/ as built, the way a static host or CDN would: Vitest's browser server otherwise
 * rewrites every dynamic `import()` it serves for its mocker, which in a page of its own (the demo
 * page, the bundle-alone page) has no runner, so the bundle's chunks would never load.
 */
const distAsBuilt: Plugin = {
  name: 'serve-dist-as-built',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (!/^\/dist\/[\w./-]+\.js$/.test(path) || path.includes('..')) return next();
      readFile(fileURLToPath(new URL(`.${path}`, import.meta.url)), 'utf8').then(
        (code) => {
          response.setHeader('content-type', 'text/javascript');
          response.setHeader('cache-control', 'no-store');
          response.end(code);
        },
        () => next(),
      );
    });
  },
};

// Pre-bundled up front: Vite discovering them mid-run reloads the page and fails the first test file.
const optimizeDeps = {
  include: [
    'lit',
    'lit/decorators.js',
    'lit/directive.js',
    'lit/directive-helpers.js',
    'lit/directives/guard.js',
    'lit/directives/if-defined.js',
    'lit/directives/repeat.js',
    'lit/directives/style-map.js',
    'lit/directives/ref.js',
    'd3-array',
    'd3-brush',
    'd3-scale',
    'd3-selection',
    'd3-time',
    // examples/: the React and Vue tests.
    'react',
    'react-dom/client',
    'vue/dist/vue.esm-bundler.js',
    'd3-transition',
    'd3-zoom',
  ],
};

// The unit tests of dates, ticks and layout run again with the machine's clock in three zones:
// UTC+14, UTC-11, and Los Angeles for its daylight saving changes. tests/unit/time-zones.test.ts
// checks in each run that the zone really applies to Date and Intl.
const TIME_ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'];
const DATE_TESTS = [
  'tests/unit/time-zones.test.ts',
  'tests/unit/dates.test.ts',
  'tests/unit/describe-date.test.ts',
  'tests/unit/locales.test.ts',
  'tests/unit/ticks.test.ts',
  'tests/unit/tick-labels.test.ts',
  'tests/unit/timeline-layout.test.ts',
  'tests/unit/layout-bounds.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Property tests run hundreds of cases; on a loaded 2-core machine that can pass 5 s.
          testTimeout: 30_000,
        },
      },
      ...TIME_ZONES.map((zone) => ({
        test: {
          name: `unit-tz-${zone.split('/')[1]!.toLowerCase().replace('_', '-')}`,
          environment: 'node' as const,
          include: DATE_TESTS,
          testTimeout: 30_000,
          // Each test file runs in its own child process (the default `forks` pool), so TZ is set
          // before that process reads the clock; the guard in time-zones.test.ts proves it.
          env: { TZ: zone },
        },
      })),
      {
        // Whole pages served by Node with real headers (a strict CSP, CORS) and driven in Chromium by
        // playwright-core: tests/page/. Builds the bundle once into a temporary folder.
        test: {
          name: 'page',
          environment: 'node',
          include: ['tests/page/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        optimizeDeps,
        plugins: [distAsBuilt],
        test: {
          name: 'browser',
          // examples/: React and Vue using the components, each with its own test.
          include: ['tests/browser/**/*.test.ts', 'examples/**/*.test.ts'],
          // The plain-HTML page test loads the bundle; this builds it when it is missing or stale.
          globalSetup: ['tests/browser/bundle.global-setup.ts'],
          browser: browser([
            // Project "browser (chromium)": every browser test, in UTC so results match on any machine.
            { browser: 'chromium', timezoneId: 'UTC' },
            // Only the *.tz.test.ts files run again at the two ends of the clock: UTC+14 and UTC-11,
            // neither with daylight saving, so local dates differ from UTC ones for most of each day.
            {
              browser: 'chromium',
              name: 'browser-kiritimati',
              include: ['tests/browser/**/*.tz.test.ts'],
              timezoneId: 'Pacific/Kiritimati',
            },
            {
              browser: 'chromium',
              name: 'browser-pago-pago',
              include: ['tests/browser/**/*.tz.test.ts'],
              timezoneId: 'Pacific/Pago_Pago',
            },
            // And where clocks change: the drawing must not shift by an hour or a day across DST.
            {
              browser: 'chromium',
              name: 'browser-los-angeles',
              include: ['tests/browser/**/*.tz.test.ts'],
              timezoneId: 'America/Los_Angeles',
            },
          ]),
        },
      },
      {
        // Every story in .storybook/main.ts's `stories` becomes a test: it renders, its play function
        // runs and axe checks it (parameters.a11y.test = 'error' in preview.ts). The addon applies
        // .storybook/preview.ts and the addons' annotations itself (since Storybook 10.3).
        optimizeDeps,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          // axe over the 1,000-event story (1,000 options and the always-present 1,000-row table)
          // takes longer than the 15 s default on a shared two-core machine.
          testTimeout: 60_000,
          browser: browser([{ browser: 'chromium', timezoneId: 'UTC' }]),
        },
      },
    ],
  },
});
