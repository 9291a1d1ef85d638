/// <reference types="node" />
// Builds the self-contained bundle for pages without a build step: dist/event-timeline.bundle.js,
// with Lit and the d3 modules inside.
import { defineConfig } from 'vite';

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
});
