#!/usr/bin/env node
// Prints the gzipped size of the self-contained bundle (Lit and d3 inside) and fails above the budget.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 40;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundle = path.join(root, 'dist/event-timeline.bundle.js');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
const raw = fs.readFileSync(bundle);
const gzipped = gzipSync(raw, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `dist/event-timeline.bundle.js: ${kb(raw.length)} KB minified, ${kb(gzipped)} KB gzipped (budget ${BUDGET_KB} KB)`,
);
if (gzipped > BUDGET_KB * 1024) {
  console.error(
    `event-timeline: the bundle is ${kb(gzipped - BUDGET_KB * 1024)} KB over its ${BUDGET_KB} KB budget.`,
  );
  process.exit(1);
}
