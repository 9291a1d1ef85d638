/// <reference types="node" />
// Builds the self-contained bundle for pages without a build step: dist/event-timeline.bundle.js,
// with Lit and the d3 modules inside, and the chunks it loads later in dist/chunks/ (see
// src/event-timeline.bundle.ts for what is in which). `npm run build` also writes the ES modules
// and types with tsc; `npm run size` weighs the bundle.
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

import { templateEdits } from './scripts/compact-css';

/**
 * Library mode keeps whitespace in ES output so that bundlers can still tree-shake it. These files
 * are loaded as they are by a `<script type="module">`, never bundled again, so they are minified
 * in full, by terser: two compress passes save about 3% over esbuild's single pass.
 */
const minifyFully: Plugin = {
  name: 'minify-bundle-fully',
  apply: 'build',
  // After every renderChunk hook, Vite's own minifier among them.
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await minify(chunk.code, {
        module: true,
        ecma: 2020,
        compress: { passes: 2 },
        format: { comments: false },
      });
      if (result.code) chunk.code = result.code;
      // V8's explicit compile hint: compile every function of the entry while the file streams in,
      // off the main thread, rather than each one on its first call in the middle of the first draw.
      // A page that draws 100 events as the bundle loads painted about 50 ms sooner (A/B, BENCHMARKS.md).
      if (chunk.isEntry) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    }
  },
};

/**
 * The components' stylesheets (Lit `css` templates) and markup (`html`, `svg`) keep their
 * indentation and comments in the source; in the bundle they are collapsed (scripts/compact-css.ts).
 */
const compactTemplates: Plugin = {
  name: 'compact-lit-templates',
  apply: 'build',
  // After TypeScript is compiled away, so the module parses as JavaScript.
  enforce: 'post',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
    const edits = templateEdits(this.parse(code) as unknown as Parameters<typeof templateEdits>[0]);
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
      out = out.slice(0, start) + text + out.slice(end);
    return { code: out, map: null };
  },
};

/**
 * d3-time builds each interval (local and UTC, every weekday) and its tick helpers with plain
 * calls at the top of its module, which Rollup cannot tell are free of side effects, so every one
 * of them (and d3-array's bisector behind the ticks) stayed in the bundle though the timeline uses
 * only a few UTC intervals. Marking those calls pure, and the `xs = x.range` aliases lazy, lets
 * the unused ones drop out. The code that runs is d3-time's own, unchanged.
 */
const treeShakeD3Time: Plugin = {
  name: 'tree-shake-d3-time',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/.test(id)) return null;
    const out = code
      .replace(/^(const \w+ = )(timeInterval|timeWeekday|utcWeekday)\(/gm, '$1/*#__PURE__*/ $2(')
      .replace(/^(const \[\w+, \w+\] = )ticker\(/gm, '$1/*#__PURE__*/ ticker(')
      .replace(
        /^const (\w+) = (\w+)\.range;$/gm,
        'const $1 = (start, stop, step) => $2.range(start, stop, step);',
      );
    return { code: out, map: null };
  },
};

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: 'src/event-timeline.bundle.ts',
      formats: ['es'],
      fileName: () => 'event-timeline.bundle.js',
    },
    rollupOptions: {
      // The chunks import what they share with the entry from the entry itself: no second file up front.
      preserveEntrySignatures: 'allow-extension',
      // What loads later, found beside the entry by a relative URL, so a CDN serves it too.
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
    target: 'es2022',
    minify: true,
  },
  plugins: [treeShakeD3Time, compactTemplates, minifyFully],
});
