#!/usr/bin/env node
// Times the data side of the first draw in Node: validateDataset on 100,000 seeded events (shaped
// like those of scripts/bench.mjs), then what the timeline derives from the result before it
// paints (the filtered events, their index and the data extent).
//
//   node scripts/bench-validate.mjs            100,000 events, 9 cold runs and 15 warm ones
//   node scripts/bench-validate.mjs 10000 5 5  count, cold runs, warm runs
//   node scripts/bench-validate.mjs --sources=/tmp/main   another checkout's src/, to compare
//
// "Cold" is each stage's first run in a fresh process, as in a page that has just loaded the
// bundle; "warm" is the median of later runs in one process, after the JIT has settled. The
// sources are bundled with esbuild (Vite's own) on the fly, so no build is needed first.
// A benchmark, not a test: figures depend on the machine and its load.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [count = 100_000, coldRuns = 9, warmRuns = 15] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map(Number);
const sources = process.argv.find((a) => a.startsWith('--sources='))?.slice('--sources='.length) ?? root;

// --- seeded events, as scripts/bench.mjs makes them ----------------------------------------------
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const DAY = 86_400_000;
const FROM = Date.UTC(2017, 0, 1);
const SPAN = Date.UTC(2018, 1, 13) - FROM;
const CATEGORIES = ['offensive', 'capture', 'surrender', 'alliance', 'declaration'];
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
function events(count) {
  const random = seeded(42);
  return Array.from({ length: count }, (_, i) => {
    const at = FROM + Math.floor(random() * SPAN);
    const range = random() > 0.85;
    return {
      id: `e${i}`,
      title: `Event ${i + 1} near Idlib`,
      start: iso(at),
      ...(range ? { end: iso(Math.min(FROM + SPAN, at + Math.floor(random() * 40) * DAY)) } : {}),
      category: CATEGORIES[i % CATEGORIES.length],
      confidence: 'reported',
    };
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function load() {
  // Sources from before validation kept columns have none to offer.
  const columns = fs.existsSync(path.join(sources, 'src/data/event-columns.ts'));
  const out = await build({
    stdin: {
      contents: `
        export { validateDataset } from './src/data/validate';
        export { indexEvents } from './src/layout/event-index';
        export { dataExtent } from './src/layout/timeline-layout';
        export { filterEvents } from './src/layout/event-filter';
        export { categoryStyles } from './src/layout/categories';
        ${columns ? "export { eventColumns } from './src/data/event-columns';" : ''}`,
      resolveDir: path.resolve(sources),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** One pass through the stages, in the order the timeline's first render takes them. */
async function run(lib, input) {
  const pauses = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  const result = lib.validateDataset(input);
  const t1 = performance.now();
  // What the timeline does with the result, as it does it: from the columns validation kept,
  // where these sources have them (run with --sources= on older ones, it reads the events).
  const columns = lib.eventColumns?.(result);
  const styles = lib.categoryStyles(columns ? columns.categoryNames : result.events.map((e) => e.category));
  const t2 = performance.now();
  const shown = lib.filterEvents(result.events, undefined, undefined);
  const index = lib.indexEvents(shown, columns);
  const t3 = performance.now();
  const extent = columns ? columns.extent : lib.dataExtent(result.events);
  const t4 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  if (
    result.events.length !== input.length ||
    index.starts.length !== input.length ||
    !extent ||
    !styles.size
  )
    throw new Error('the benchmark data should all be valid');
  const gc = pauses
    .filter((p) => p.startTime >= t0 && p.startTime < t4)
    .reduce((sum, p) => sum + p.duration, 0);
  return { validate: t1 - t0, categories: t2 - t1, index: t3 - t2, extent: t4 - t3, total: t4 - t0, gc };
}

const STAGES = ['validate', 'categories', 'index', 'extent', 'total', 'gc'];
const row = (label, runs) =>
  `| ${label} | ${STAGES.map((s) => median(runs.map((r) => r[s])).toFixed(1)).join(' | ')} |`;

/**
 * The events as a page receives them: copied by structured clone, so that, as in the browser,
 * each event's strings are its own (equal categories are not one shared string).
 */
const input = () => structuredClone(events(count));

if (process.argv.includes('--child')) {
  const lib = await load();
  const data = input();
  globalThis.gc?.();
  process.stdout.write(JSON.stringify(await run(lib, data)));
} else {
  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), String(count), `--sources=${sources}`, '--child'],
      {
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(child.stderr);
    cold.push(JSON.parse(child.stdout));
  }
  const lib = await load();
  const data = input();
  const warm = [];
  for (let i = 0; i < warmRuns + 3; i++) {
    const times = await run(lib, data);
    if (i >= 3) warm.push(times);
  }
  console.log(
    `${count.toLocaleString('en')} events, Node ${process.version}, median ms (gc: pauses within the total)`,
  );
  console.log(`| run | ${STAGES.join(' | ')} |`);
  console.log(`|---|${STAGES.map(() => '---:').join('|')}|`);
  console.log(row(`cold (first run, ${coldRuns} processes)`, cold));
  console.log(row(`warm (${warmRuns} runs)`, warm));
}
