#!/usr/bin/env node
// Measures <event-timeline> beside vis-timeline in headless Chromium, on the same seeded events:
// first draw, zoom-step work (the median step and the slowest) and time to the next paint, pan-step
// work, DOM nodes and JS heap.
//
// First draw is from the element being connected with its events to the paint after the render that
// draws them (its `timeline-load` event); "every part loaded" is until `updateComplete`, which also
// waits for what loads after the first draw (d3-zoom, the SVG export, the events table). Both pages
// are idle once before their events arrive, as a page waiting for its data is; "no idle before the
// data" is ours in a page that makes its events and timeline as the bundle loads, warmed by nothing.
// "After a 1 s pause" is the sixth zoom step in a page of its own, after the first five steps and a
// second with nothing to do, as a reader zooms: at 1,000 events it is the step where the density band
// gives way to marks, whose titles ours fits while the page is idle (the fifteen steps above have no pause).
// The same page then pans as the other does, each pan 300 ms after the last: ours fits the titles a
// window to either side of the marks while the page is idle.
// "No library" (up to 1,000 events) is the floor: a page that puts each title in a box by date and
// moves the boxes to zoom, timed the same way, so that a target below it is seen to be out of reach.
//
//   npm run bench             100, 1k, 10k and 100k events (vis-timeline up to 10k)
//   npm run bench -- --quick  100 and 1k: for development
//   --sizes=100,100000        only these sizes
//   --runs=5                  fresh pages per library and size (3 unless given); each figure is their median
//   --ours                    leave vis-timeline and the floor out (no ratios): for development
//   --settle=0                no wait for the browser to settle before each fresh page loads (1500 ms
//                             unless given; see freshPage)
//
// It prints a markdown table. Figures depend on the machine and its load: compare ratios taken
// in the same run, and copy a full run into BENCHMARKS.md with the machine it ran on.
/* global vis */ // vis-timeline's UMD global, inside the benchmark page
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { seeded, seededEvents } from './seeded-events.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quick = process.argv.includes('--quick');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = option('sizes')?.split(',').map(Number) ?? (quick ? [100, 1000] : [100, 1000, 10_000, 100_000]);
// One fresh page is one sample of a noisy figure (a GC, a compile, another process): take the median of a few.
const runs = Number(option('runs') ?? 3);
// How long a fresh page waits, before it loads anything, for the browser to settle (freshPage).
const settleMs = Number(option('settle') ?? 1500);
const withVis = !process.argv.includes('--ours');
const visLimit = 10_000; // vis-timeline takes many seconds beyond this; the issue compares up to 10k
// The floor: no library, one box with its title per event, placed by date. It shows what the browser
// alone takes to put that many labels on screen and move them, beside the targets' 1/20 and 1/10.
const floorLimit = 1_000;
// Fifteen steps take the window from 409 days to 14: from the density band to marks at 1,000 events.
const zoomSteps = 15;
// Ten steps of 20% of the seventh zoom step's window (86 days), towards earlier dates.
const panSteps = 10;
/** The pause before each pan in the paused page, in ms. */
const panPause = 300;

// --- seeded events, the same for both libraries -------------------------------------------------
const events = seededEvents;

// --- a static server for the bundle, vis-timeline and the pages ----------------------------------
const bundle = path.join(root, 'dist/event-timeline.bundle.js');
// A bundle built under a test runner can hold Lit's development build, several times slower: rebuild then.
const devBuild = (file) => fs.readFileSync(file, 'utf8').includes('Lit is in dev mode');
if (!fs.existsSync(bundle) || devBuild(bundle) || process.argv.includes('--build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
const visDir = path.join(root, 'node_modules/vis-timeline/standalone/umd');
const files = {
  // Under its own name: its chunks import it by that name, and one module must not load twice.
  '/event-timeline.bundle.js': [bundle, 'text/javascript'],
  '/vis.js': [path.join(visDir, 'vis-timeline-graph2d.min.js'), 'text/javascript'],
  '/vis.css': [path.join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'), 'text/css'],
};
const page = (head) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body style="margin:0"><div id="host" style="width:1280px"></div></body></html>`;
// Ours again, with no idle moment before the data: the page makes its events and its timeline in the
// task that loads the bundle, so nothing is warmed first (idle-warm-up.ts, rehearsal.ts).
const noIdlePage = page(`<script type="module">
import '/event-timeline.bundle.js';
${seeded}
${seededEvents}
const events = seededEvents(Number(new URLSearchParams(location.search).get('count')));
const t0 = performance.now();
const el = document.createElement('event-timeline');
const drawn = new Promise((r) => el.addEventListener('timeline-load', r, { once: true }));
el.events = events;
document.getElementById('host').append(el);
await drawn;
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
window.firstDraw = performance.now() - t0;
</script>`);
const pages = {
  '/ours.html': page('<script type="module" src="/event-timeline.bundle.js"></script>'),
  '/ours-no-idle.html': noIdlePage,
  '/vis.html': page('<link rel="stylesheet" href="/vis.css"><script src="/vis.js"></script>'),
  '/floor.html': page(''),
};
const server = http
  .createServer((req, res) => {
    const url = req.url.split('?')[0];
    if (pages[url]) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(pages[url]);
    } else if (
      /^\/(chunks\/)?[\w.-]+\.js$/.test(url) &&
      !files[url] &&
      fs.existsSync(path.join(root, 'dist', url))
    ) {
      // The bundle's chunks (d3-zoom, the readers, the Arabic words), loaded after the first draw.
      res.writeHead(200, { 'content-type': 'text/javascript' });
      fs.createReadStream(path.join(root, 'dist', url)).pipe(res);
    } else if (files[url] && fs.existsSync(files[url][0])) {
      res.writeHead(200, { 'content-type': files[url][1] });
      fs.createReadStream(files[url][0]).pipe(res);
    } else {
      res.writeHead(404);
      res.end();
    }
  })
  .listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath() ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * A page in a browser context of its own, once the browser has settled. Headless Chromium 156 starts
 * renderers for its own interface (the address bar's popups) with each new context's window, and
 * they kept a core of this 2-core machine busy for about a second: a first draw timed meanwhile
 * shared the machine with them (ours at 1,000 events took 78–93 ms then,
 * 44–47 ms 600 ms later: BENCHMARKS.md, session 9).
 * Every page waits the same, before it loads anything, so what a page does from its load to its
 * data (the idle moment, or none) is unchanged. `--settle=0` measures without the wait.
 */
async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  await new Promise((r) => setTimeout(r, settleMs));
  return { context, tab };
}

/** Ours in a fresh page that draws as the bundle loads (no idle moment first): the first draw. */
async function measureNoIdle(count) {
  const { context, tab } = await freshPage();
  await tab.goto(`${origin}/ours-no-idle.html?count=${count}`);
  const firstDraw = await (
    await tab.waitForFunction(() => window.firstDraw, null, { timeout: 60_000 })
  ).jsonValue();
  await context.close();
  return firstDraw;
}

/** Runs one library at one size in `runs` fresh pages; returns the median of each figure. */
async function measure(library, count) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const sample = await measureOnce(library, count);
    if (library === 'ours') sample.noIdle = await measureNoIdle(count);
    if (library !== 'floor') Object.assign(sample, await measureOnce(library, count, true));
    samples.push(sample);
  }
  const middle = (key) => median(samples.map((s) => s[key]));
  return Object.fromEntries(Object.keys(samples[0]).map((key) => [key, middle(key)]));
}

/**
 * Runs one library at one size in a fresh page; returns the figures. `paused`: only the sixth zoom
 * step, after the first five and a second with nothing to do (a reader zooming, not a script).
 */
async function measureOnce(library, count, paused = false) {
  const { context, tab } = await freshPage();
  await tab.goto(`${origin}/${library}.html`);
  if (library === 'ours') await tab.waitForFunction(() => customElements.get('event-timeline'));
  else if (library === 'vis') await tab.waitForFunction(() => 'vis' in window);
  // As a page waiting for its data would be: idle once before the events arrive, for both libraries
  // (ours uses that pause to fetch its density band and warm the date formats: idle-warm-up.ts).
  await tab.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 50))));
  const data = events(count);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');

  // The events reach the page before anything is timed, in a call of their own: passed with the
  // timed call, the browser was still digesting the 10 MB message when the timed code asked for
  // its next frame, and the first draw at 100,000 counted seconds of that (for vis-timeline too).
  await tab.evaluate((events) => {
    window.benchEvents = events;
  }, data);
  const result = await tab.evaluate(
    async ({ library, zoomSteps, panSteps, paused, panPause }) => {
      const data = window.benchEvents;
      const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
      const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const host = document.getElementById('host');
      const from = Date.UTC(2017, 0, 1);
      const to = Date.UTC(2018, 1, 14);
      const steps = [];
      let firstDraw;
      let allParts;
      // Zoom in step by step towards the middle, by 20% each time (a wheel notch or a + key).
      const windows = [];
      let [s, e] = [from, to];
      for (let i = 0; i < zoomSteps; i++) {
        const middle = (s + e) / 2;
        const half = ((e - s) * 0.8) / 2;
        [s, e] = [middle - half, middle + half];
        windows.push([s, e]);
      }
      // Then pan: from the seventh window (21% of the data's span: marks at 1,000 events, the band
      // at 10,000 and up), ten steps of 20% of the window towards earlier dates (an arrow key's step).
      const panStart = windows[Math.min(6, windows.length - 1)] ?? [from, to];
      const pans = [];
      for (let i = 1; i <= panSteps; i++) {
        const shift = (panStart[1] - panStart[0]) * 0.2 * i;
        pans.push([panStart[0] - shift, panStart[1] - shift]);
      }
      const panned = [];
      const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      // The paused page, the same for each library given its `moveTo(window, into?)`: the first five
      // zoom steps, a second with nothing to do, the sixth; then the pans, each a moment after the
      // last (a reader pressing an arrow key now and then).
      const withPauses = async (moveTo) => {
        for (const window of windows.slice(0, 5)) await moveTo(window);
        await sleep(1000);
        const sixth = [];
        await moveTo(windows[5], sixth);
        await moveTo(panStart);
        const pausedPans = [];
        for (const window of pans) {
          await sleep(panPause);
          await moveTo(window, pausedPans);
        }
        return { pausedStep: sixth[0][0], pausedPan: median(pausedPans.map((s) => s[0])) };
      };
      if (library === 'ours') {
        const t0 = performance.now();
        const el = document.createElement('event-timeline');
        // `timeline-load` fires from the render that draws the data; the next paint shows it.
        const drawn = new Promise((r) => el.addEventListener('timeline-load', r, { once: true }));
        el.events = data;
        host.append(el);
        await drawn;
        await nextPaint();
        firstDraw = performance.now() - t0;
        // What loads after the first draw (d3-zoom, the SVG export, the events table, the keyboard help).
        await el.updateComplete;
        allParts = performance.now() - t0;
        // One zoom or pan step, timed into `into` if given: its work, then until the next paint.
        const move = async ([a, b], into) => {
          const t = performance.now();
          // Sub-day windows need the scripting API; attributes take days.
          // Not animated: an animated zoomTo returns before its first frame, so `work` would time nothing.
          if (typeof el.zoomTo === 'function') el.zoomTo(new Date(a), new Date(b), { animate: false });
          else {
            el.start = iso(a);
            el.end = iso(b);
          }
          await el.updateComplete;
          const work = performance.now() - t;
          await nextPaint();
          into?.push([work, performance.now() - t]);
        };
        if (paused) return withPauses(move);
        for (const window of windows) await move(window, steps);
        // Back to where the pans start (not timed), then the pans.
        await move(panStart);
        for (const window of pans) await move(window, panned);
      } else if (library === 'floor') {
        // No library: each event's title in a box, left at its start, in one of 30 rows; no culling,
        // no label fitting, no collisions avoided, no accessibility. Zooming moves every box.
        const t0 = performance.now();
        const layer = document.createElement('div');
        layer.style.cssText = 'position:relative;height:800px;overflow:hidden;font:600 13px sans-serif';
        const times = data.map((d) => Date.parse(d.start));
        const boxes = data.map((d, i) => {
          const box = document.createElement('span');
          box.textContent = d.title;
          box.style.cssText = `position:absolute;white-space:nowrap;top:${(i % 30) * 24}px`;
          return box;
        });
        const place = (a, b) =>
          boxes.forEach((box, i) => (box.style.left = `${((times[i] - a) / (b - a)) * 1280}px`));
        place(from, to);
        layer.append(...boxes);
        host.append(layer);
        await nextPaint();
        firstDraw = performance.now() - t0;
        const timeMoves = async (list, into) => {
          for (const [a, b] of list) {
            const t = performance.now();
            place(a, b);
            const work = performance.now() - t;
            await nextPaint();
            into.push([work, performance.now() - t]);
          }
        };
        await timeMoves(windows, steps);
        await timeMoves([panStart], []); // back to where the pans start, not counted
        await timeMoves(pans, panned);
      } else {
        const items = new vis.DataSet(
          data.map((d) => ({
            id: d.id,
            content: d.title,
            start: d.start,
            ...(d.end ? { end: d.end, type: 'range' } : { type: 'point' }),
          })),
        );
        const t0 = performance.now();
        const timeline = new vis.Timeline(host, items, {
          start: new Date(from),
          end: new Date(to),
          height: '800px',
        });
        await nextPaint();
        firstDraw = performance.now() - t0;
        const timeMoves = async (list, into) => {
          for (const [a, b] of list) {
            const t = performance.now();
            timeline.setWindow(new Date(a), new Date(b), { animation: false });
            timeline.redraw(); // vis-timeline defers its redraw; force it so the work is counted
            const work = performance.now() - t;
            await nextPaint();
            into.push([work, performance.now() - t]);
          }
        };
        if (paused) return withPauses((window, into = []) => timeMoves([window], into));
        await timeMoves(windows, steps);
        await timeMoves([panStart], []); // back to where the pans start, not counted
        await timeMoves(pans, panned);
      }
      // The DOM once the page has settled: what is built when idle (our hidden events table) counts too.
      await new Promise((r) => setTimeout(r, 300));
      await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
      await host.firstElementChild?.updateComplete;
      const countNodes = (node) => {
        let n = 1;
        for (const child of node.children) n += countNodes(child);
        if (node.shadowRoot) for (const child of node.shadowRoot.children) n += countNodes(child);
        return n;
      };
      return { firstDraw, allParts, steps, panned, nodes: countNodes(document.documentElement) };
    },
    { library, zoomSteps, panSteps, paused, panPause },
  );
  if (paused) {
    await context.close();
    return result;
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    firstDraw: result.firstDraw,
    allParts: result.allParts,
    work: median(result.steps.map((s) => s[0])),
    slowest: Math.max(...result.steps.map((s) => s[0])),
    paint: median(result.steps.map((s) => s[1])),
    pan: median(result.panned.map((s) => s[0])),
    slowestPan: Math.max(...result.panned.map((s) => s[0])),
    nodes: result.nodes,
    heapMB: heap.usedSize / 1048576,
  };
}

const ms = (v) => (v === undefined ? '–' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en'));
const ratio = (theirs, ours) => (theirs === undefined ? '–' : `${(theirs / ours).toFixed(1)}×`);
const rows = [];
for (const count of sizes) {
  const ours = await measure('ours', count);
  const vis = withVis && count <= visLimit ? await measure('vis', count) : undefined;
  const floor = withVis && count <= floorLimit ? await measure('floor', count) : undefined;
  rows.push({ count, ours, vis, floor });
  process.stderr.write(`measured ${count.toLocaleString('en')} events\n`);
}
await browser.close();
server.close();

const lines = [
  `Headless Chromium ${browser.version()}, 1280×800, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}. Each figure: median of ${runs} fresh pages. Zoom step: median of ${zoomSteps} steps of 20%, and the slowest of them (the first step, or the one where the band gives way to marks). Pan step: ${panSteps} steps of 20% of a window of 21% of the data's span, towards earlier dates. The sixth zoom step after a pause: in a page of its own, the first five steps, a second with nothing to do, then the sixth (where the band gives way to marks at 1,000 events); then the same pans as before, each ${panPause} ms after the last.`,
  '',
  `| events | first draw: ours / vis-timeline (ratio) | ours, every part loaded | ours, no idle before the data | zoom-step work: ours / vis (ratio) | slowest of the steps: ours / vis | zoom step to next paint: ours / vis | pan-step work, median (slowest): ours / vis | sixth zoom step after a 1 s pause: ours / vis | pan step after a ${panPause} ms pause, median: ours / vis | DOM nodes: ours / vis | JS heap MB: ours / vis | no library, a box per title: first draw / zoom-step / pan-step work |`,
  '|---:|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    ({ count, ours, vis, floor }) =>
      `| ${count.toLocaleString('en')} | ${ms(ours.firstDraw)} / ${ms(vis?.firstDraw)} ms (${ratio(vis?.firstDraw, ours.firstDraw)}) | ${ms(ours.allParts)} ms | ${ms(ours.noIdle)} ms | ${ms(ours.work)} / ${ms(vis?.work)} ms (${ratio(vis?.work, ours.work)}) | ${ms(ours.slowest)} / ${ms(vis?.slowest)} ms | ${ms(ours.paint)} / ${ms(vis?.paint)} ms | ${ms(ours.pan)} (${ms(ours.slowestPan)}) / ${vis ? `${ms(vis.pan)} (${ms(vis.slowestPan)})` : '–'} ms | ${ms(ours.pausedStep)} / ${ms(vis?.pausedStep)} ms | ${ms(ours.pausedPan)} / ${ms(vis?.pausedPan)} ms | ${ours.nodes.toLocaleString('en')} / ${vis ? vis.nodes.toLocaleString('en') : '–'} | ${ours.heapMB.toFixed(1)} / ${vis ? vis.heapMB.toFixed(1) : '–'} | ${floor ? `${ms(floor.firstDraw)} / ${ms(floor.work)} / ${ms(floor.pan)} ms` : '–'} |`,
  ),
];
console.log(lines.join('\n'));
