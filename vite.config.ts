/// <reference types="node" />
// Builds the self-contained bundle for pages without a build step: dist/event-timeline.bundle.js,
// with Lit and the d3 modules inside. (`npm run build` also writes the ES modules and types with tsc.)
import { defineConfig, transformWithEsbuild, type Plugin } from 'vite';

/**
 * Library mode keeps whitespace in ES output so that bundlers can still tree-shake it. This file is
 * loaded as it is by a `<script type="module">`, never bundled again, so it is minified in full.
 */
const minifyWhitespace: Plugin = {
  name: 'minify-bundle-whitespace',
  apply: 'build',
  // After every renderChunk hook, Vite's own minifier among them.
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await transformWithEsbuild(chunk.code, chunk.fileName, {
        minify: true,
        format: 'esm',
        target: 'es2022',
        legalComments: 'none',
      });
      chunk.code = result.code;
    }
  },
};

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'event-timeline.bundle.js',
    },
    target: 'es2022',
    minify: true,
  },
  plugins: [minifyWhitespace],
});
