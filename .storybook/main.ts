/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

/**
 * Docs pages and controls read the components' API from custom-elements.json (preview.ts). `npm start`
 * and `npm run build-storybook` make it first; this covers `vitest --project storybook` and a bare
 * `storybook dev` by making it whenever it is missing or older than a source file.
 */
function ensureManifest(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const manifest = join(root, 'custom-elements.json');
  const newest = (folder: string): number =>
    Math.max(
      0,
      ...readdirSync(folder, { withFileTypes: true }).map((entry) => {
        const path = join(folder, entry.name);
        return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
      }),
    );
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newest(join(root, 'src'))) return;
  const cem = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'cem.cmd' : 'cem');
  execFileSync(cem, ['analyze', '--litelement', '--quiet'], { cwd: root, stdio: 'inherit' });
}
ensureManifest();

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|mdx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Datasets by URL for `src`, e.g. /datasets/idlib-2018.json. Not mounted at /data: that is where Vite
  // serves data/*.json as modules, and a static mount there would answer module imports with raw JSON.
  staticDirs: existsSync(new URL('../data', import.meta.url)) ? [{ from: '../data', to: '/datasets' }] : [],
  core: { disableTelemetry: true },
  // @storybook/web-components imports 'lit/directive-helpers.js' but is not pre-bundled, so without
  // this that file loads a second copy of lit-html ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
      // The chunks over Vite's 500 kB warning are Storybook's own (iframe, docs blocks, axe), not
      // ours: our largest is the timeline at about 190 kB. A warning nobody can act on hides real ones.
      build: { chunkSizeWarningLimit: 1200 },
      resolve: {
        alias: [{ find: /^path$/, replacement: fileURLToPath(new URL('./path-stub.ts', import.meta.url)) }],
      },
    }),
};

export default config;
