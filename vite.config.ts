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

/**
 * The components' stylesheets (`*.styles.ts`) keep their indentation and comments in the source;
 * in the bundle they are collapsed (whitespace runs to one space, none around braces,
 * semicolons or after colons and commas, comments dropped), which changes no rule and saves about a kilobyte gzipped.
 */
const compactStyles: Plugin = {
  name: 'compact-component-styles',
  apply: 'build',
  transform(code, id) {
    if (!/\.styles\.ts$/.test(id)) return null;
    return code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${compactCss(body)}\``);
  },
};

function compactCss(css: string): string {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      // A space after a colon or comma is only ever in values, lists and media queries, never needed.
      .replace(/([:,]) /g, '$1')
      .trim()
  );
}

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
  plugins: [compactStyles, minifyWhitespace],
});
