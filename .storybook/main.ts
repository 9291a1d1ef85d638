/// <reference types="node" />
import { existsSync } from 'node:fs';

import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|mdx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Stories fetch the sample records by URL, e.g. fetch('/data/idlib-2018.json'). Storybook refuses a
  // static dir that does not exist, and git keeps no empty folder, so only add it once data/ is there.
  staticDirs: existsSync(new URL('../data', import.meta.url)) ? [{ from: '../data', to: '/data' }] : [],
  core: { disableTelemetry: true },
  // @storybook/web-components imports 'lit/directive-helpers.js' but is not pre-bundled, so without
  // this that file loads a second copy of lit-html ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, { optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] } }),
};

export default config;
