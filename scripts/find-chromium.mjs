#!/usr/bin/env node
// Makes sure a Chromium is there for the browser and Storybook tests.
// Prints the path it found. As root on Debian it installs Debian's chromium when none is found;
// elsewhere it exits 1 with one line saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

function report(path) {
  if (process.env.CHROMIUM_PATH && !existsSync(path)) {
    console.error(`event-timeline: CHROMIUM_PATH=${path} does not exist.`);
    process.exit(1);
  }
  console.log(`event-timeline: using Chromium at ${path}`);
  process.exit(0);
}

const found = chromiumPath();
if (found) report(found);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('event-timeline: no Chromium found; installing Debian packages chromium and fonts-noto-core');
  const result = spawnSync(
    'sh',
    ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-core'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error('event-timeline: installing chromium with apt-get failed.');
    process.exit(1);
  }
  const installed = chromiumPath();
  if (installed) report(installed);
  console.error('event-timeline: chromium was installed but is not at /usr/bin/chromium.');
  process.exit(1);
}

console.error(
  'event-timeline: no Chromium found. Install Chromium or Chrome, or set CHROMIUM_PATH=/path/to/chrome.',
);
process.exit(1);
