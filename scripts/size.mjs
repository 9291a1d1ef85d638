#!/usr/bin/env node
// Weighs the self-contained bundle (Lit and d3 inside), gzipped. What counts against the budget is
// what a page must download before a timeline first draws: dist/event-timeline.bundle.js and any
// chunk it imports statically. The chunks it loads later (src/event-timeline.bundle.ts says when)
// are listed too, each and in total, so that no one takes the entry for the whole library.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 40;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const entry = 'event-timeline.bundle.js';
// `--built`: weigh the dist/ that `npm run build` has just made (as `npm test` does), without building again.
if (!process.argv.includes('--built')) {
  fs.rmSync(path.join(dist, 'chunks'), { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

const read = (file) => fs.readFileSync(path.join(dist, file), 'utf8');
const weigh = (file) => {
  const text = read(file);
  return { file, raw: Buffer.byteLength(text), gzipped: gzipSync(text, { level: 9 }).length };
};
/** Files a module imports statically (`import … from "./x.js"`), relative to dist/. */
const staticImports = (file) =>
  [
    ...read(file).matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    ),
  ].map((m) => path.posix.join(path.posix.dirname(file), m[1]));

// The entry and everything it pulls in before it runs.
const upFront = new Set([entry]);
for (const file of upFront) for (const dep of staticImports(file)) upFront.add(dep);
const later = fs
  .readdirSync(path.join(dist, 'chunks'))
  .map((name) => `chunks/${name}`)
  .filter((file) => file.endsWith('.js') && !upFront.has(file));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = ({ file, raw, gzipped }) =>
  `  ${file.padEnd(44)} ${kb(raw).padStart(9)} minified ${kb(gzipped).padStart(8)} gzipped`;
const sum = (rows) => rows.reduce((total, r) => total + r.gzipped, 0);

const first = [...upFront].map(weigh);
const lazy = later.map(weigh).sort((a, b) => b.gzipped - a.gzipped);
const firstTotal = sum(first);
console.log(`Before the first draw (budget ${BUDGET_KB} KB gzipped):`);
first.forEach((r) => console.log(row(r)));
console.log(`Loaded later, when needed (not in the budget):`);
lazy.forEach((r) => console.log(row(r)));
console.log(
  `  ${'all chunks loaded later'.padEnd(44)} ${''.padStart(18)} ${kb(sum(lazy)).padStart(8)} gzipped`,
);
console.log(
  `  ${'everything (entry and every chunk)'.padEnd(44)} ${''.padStart(18)} ${kb(firstTotal + sum(lazy)).padStart(8)} gzipped`,
);
console.log(`${entry}: ${kb(firstTotal)} gzipped before the first draw (budget ${BUDGET_KB} KB)`);
if (firstTotal > BUDGET_KB * 1024) {
  console.error(
    `event-timeline: what loads before the first draw is ${kb(firstTotal - BUDGET_KB * 1024)} over its ${BUDGET_KB} KB budget.`,
  );
  process.exit(1);
}
