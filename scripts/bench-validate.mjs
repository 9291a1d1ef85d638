#!/usr/bin/env node
// Times the data side of the first draw: validateDataset on 100,000 seeded events (shaped like
// those of scripts/bench.mjs), then what the timeline derives from the result before it paints
// (its category styles, the shown events and their index, the data extent), as it derives them.
//
//   node scripts/bench-validate.mjs              in headless Chromium: 9 cold runs, 15 warm ones
//   node scripts/bench-validate.mjs --node       the same in Node, with GC pauses and CPU time
//   node scripts/bench-validate.mjs 10000 5 5    count, cold runs, warm runs
//   node scripts/bench-validate.mjs --sources=/tmp/main --sources=.
//                                                another checkout's src/ beside this one: their
//                                                runs take turns, so both see the same load
//
// "Cold" is the first run in a fresh page (or process), as when a page has just loaded the
// bundle: the JIT has not warmed up, which at 100,000 events is much of the cost. "Warm" is the
// median of later runs in one page. On a busy machine, the CPU times (cpu) vary less than the
// times on the clock. The sources are bundled with esbuild (Vite's own) on the
// fly, so no build is needed first. A benchmark, not a test: figures depend on the machine and
// its load, so compare runs taken together.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { seeded, seededEvents } from './seeded-events.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [count = 100_000, coldRuns = 9, warmRuns = 15] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map(Number);
const given = process.argv
  .filter((a) => a.startsWith('--sources='))
  .map((a) => path.resolve(a.slice('--sources='.length)));
const sourceDirs = given.length > 0 ? given : [root];
const inNode = process.argv.includes('--node') || process.argv.includes('--child');

// --- what runs in the page (or process): seeded events as scripts/bench.mjs makes them, and the stages
function events(count) {
  const made = seededEvents(count);
  // Copied as a page receives them, so each event's strings are its own (equal categories are
  // not one shared string, as they are in the array above).
  return structuredClone(made);
}

/** One pass through the stages, in the order the timeline's first render takes them. */
function run(lib, input) {
  const t0 = performance.now();
  const result = lib.validateDataset(input);
  const t1 = performance.now();
  // As the timeline does it: from one index of every event, where these sources have it (it is
  // made by the first stage to need it); older ones, run with --sources=, read the events each time.
  const whole = lib.indexValidated;
  const categories = whole ? whole(result).categoryNames : result.events.map((e) => e.category);
  const styles = lib.categoryStyles(
    categories.length < 0x10000 ? categories : result.events.map((e) => e.category),
  );
  const t2 = performance.now();
  const shown = lib.filterEvents(result.events, undefined, undefined);
  const index = whole && shown.length === result.events.length ? whole(result) : lib.indexEvents(shown);
  const t3 = performance.now();
  const extent = whole ? whole(result).extent : lib.dataExtent(result.events);
  const t4 = performance.now();
  if (
    result.events.length !== input.length ||
    index.starts.length !== input.length ||
    !extent ||
    !styles.size
  )
    throw new Error('the benchmark data should all be valid');
  return { validate: t1 - t0, categories: t2 - t1, index: t3 - t2, extent: t4 - t3, total: t4 - t0, t0, t4 };
}

// --- the sources, bundled --------------------------------------------------------------------------
async function bundle(sources, format) {
  // Sources from before the timeline indexed its validated events once have no indexValidated.
  const once = fs
    .readFileSync(path.join(sources, 'src/layout/event-index.ts'), 'utf8')
    .includes('indexValidated');
  const out = await build({
    stdin: {
      contents: `
        export { validateDataset } from './src/data/validate';
        export { indexEvents } from './src/layout/event-index';
        export { dataExtent } from './src/layout/timeline-layout';
        export { filterEvents } from './src/layout/event-filter';
        export { categoryStyles } from './src/layout/categories';
        ${once ? "export { indexValidated } from './src/layout/event-index';" : ''}`,
      resolveDir: sources,
      loader: 'ts',
    },
    bundle: true,
    // Packages from this checkout, so a copy of another's src/ alone will do.
    nodePaths: [path.join(root, 'node_modules')],
    format,
    globalName: 'benchLib',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// --- in Node ---------------------------------------------------------------------------------------
/** Runs once in this process, with the GC pauses and CPU time (all threads) it took. */
async function runInNode(lib, input) {
  const pauses = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const cpu = process.cpuUsage();
  const { t0, t4, ...times } = run(lib, input);
  const { user, system } = process.cpuUsage(cpu);
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  const gc = pauses
    .filter((p) => p.startTime >= t0 && p.startTime < t4)
    .reduce((sum, p) => sum + p.duration, 0);
  return { ...times, gc, cpu: (user + system) / 1000 };
}

async function measureInNode(sources) {
  const lib = await import(
    `data:text/javascript;base64,${Buffer.from(await bundle(sources, 'esm')).toString('base64')}`
  );
  if (process.argv.includes('--child')) {
    const input = events(count);
    globalThis.gc?.();
    process.stdout.write(JSON.stringify(await runInNode(lib, input)));
    return null;
  }
  const input = events(count);
  const warm = [];
  for (let i = 0; i < (warmRuns > 0 ? warmRuns + 3 : 0); i++) {
    const times = await runInNode(lib, input);
    if (i >= 3) warm.push(times);
  }
  return {
    where: `Node ${process.version}`,
    cold: () => {
      const args = [
        '--expose-gc',
        fileURLToPath(import.meta.url),
        String(count),
        `--sources=${sources}`,
        '--child',
      ];
      const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      return JSON.parse(child.stdout);
    },
    warm,
  };
}

// --- in Chromium -----------------------------------------------------------------------------------
const browser = inNode
  ? null
  : await chromium.launch({
      executablePath: chromiumPath() ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });

async function measureInChromium(sources) {
  const code = await bundle(sources, 'iife');
  const pageCode = `${seeded}\n${seededEvents}\n${events}\n${run}`;
  const open = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>',
    );
    await page.addScriptTag({ content: code });
    await page.addScriptTag({ content: pageCode });
    await page.evaluate((count) => {
      window.benchInput = events(count);
    }, count);
    // Let the copy settle before anything is timed, as scripts/bench.mjs does.
    await page.waitForTimeout(200);
    return { context, page };
  };
  /** A run, with the CPU time the page's main thread and its whole process spent on it. */
  const once = async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const of = (name) => metrics.find((m) => m.name === name).value * 1000;
      return { thread: of('ThreadTime'), process: of('ProcessTime') };
    };
    const before = await cpu();
    // eslint-disable-next-line no-undef -- benchLib and benchInput live in the page
    const times = await page.evaluate(() => run(benchLib, benchInput));
    const after = await cpu();
    await cdp.detach();
    return { ...times, cpu: after.thread - before.thread, 'process cpu': after.process - before.process };
  };
  const { context, page } = await open();
  const warm = [];
  for (let i = 0; i < (warmRuns > 0 ? warmRuns + 3 : 0); i++) {
    const times = await once(page);
    if (i >= 3) warm.push(times);
  }
  await context.close();
  return {
    where: `Chromium ${browser.version()}`,
    cold: async () => {
      const { context, page } = await open();
      const times = await once(page);
      await context.close();
      return times;
    },
    warm,
  };
}

const measures = [];
for (const sources of sourceDirs)
  measures.push(inNode ? await measureInNode(sources) : await measureInChromium(sources));
if (measures.every(Boolean)) {
  // Cold runs take turns between the sources, so a busy moment falls on each alike.
  const cold = measures.map(() => []);
  for (let i = 0; i < coldRuns; i++)
    for (const [at, measure] of measures.entries()) cold[at].push(await measure.cold());
  for (const [at, { where, warm }] of measures.entries()) {
    const stages = Object.keys(cold[at][0]).filter((k) => k !== 't0' && k !== 't4');
    const row = (label, runs) =>
      `| ${label} | ${stages.map((s) => median(runs.map((r) => r[s])).toFixed(1)).join(' | ')} |`;
    console.log(`\n${count.toLocaleString('en')} events, ${where}, ${sourceDirs[at]}: median ms`);
    console.log(
      inNode
        ? '(gc: GC pauses within the total; cpu: CPU time of every thread over the total)'
        : "(cpu: CPU time of the page's main thread over the run, a little more than the total; process cpu: of all its threads, compiling and collecting garbage too)",
    );
    console.log(`| run | ${stages.join(' | ')} |`);
    console.log(`|---|${stages.map(() => '---:').join('|')}|`);
    console.log(row(`cold (first run, ${coldRuns} ${inNode ? 'processes' : 'pages'})`, cold[at]));
    if (warm.length > 0) console.log(row(`warm (${warmRuns} runs)`, warm));
  }
}
await browser?.close();
