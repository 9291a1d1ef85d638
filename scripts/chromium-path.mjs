// Where to find a Chromium (or Chrome) for the browser and Storybook tests, and how to start it.
// Shared by scripts/find-chromium.mjs, vitest.config.ts and the benchmarks so all agree.
import { accessSync, constants } from 'node:fs';

/**
 * How every headless Chromium here is started: no sandbox (root in a container), no GPU, no small
 * /dev/shm, and none of the background traffic a machine without internet would wait on.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Places tried, in order, after CHROMIUM_PATH. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a Chromium to use: CHROMIUM_PATH when set (used as given, so a wrong path fails
 * loudly), else the first executable candidate, else undefined.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return CHROMIUM_CANDIDATES.find(isExecutable);
}
