/// <reference types="node" />
import { existsSync } from 'node:fs';

import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

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
    mergeConfig(viteConfig, { optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] } }),
};

export default config;
