import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
// Made from the components' JSDoc by `cem analyze --litelement` (.storybook/main.ts makes it when it is
// missing or stale): every Docs page lists attributes, properties, events, slots, CSS parts and custom
// properties from it. Read through Vite rather than imported, so type-checking a fresh clone, before the
// file exists, does not fail.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
setCustomElementsManifest(withNamedDefaultSlots(Object.values(manifests)[0] ?? { modules: [] }));
setStorybookHelpersConfig({ hideArgRef: true });

interface Manifest {
  modules: { declarations?: { slots?: { name: string; description?: string }[] }[] }[];
}

/** The Docs table drops a slot whose name is "" (the default slot), so it is listed as "(default)" here. */
function withNamedDefaultSlots(manifest: Manifest): Manifest {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((m) => m.declarations ?? [])) {
    for (const slot of declaration.slots ?? []) slot.name ||= '(default)';
  }
  return copy;
}

// Stories render English text; screen readers and axe need the document language.
document.documentElement.lang = 'en';

const preview: Preview = {
  // Every story gets an autodocs page.
  tags: ['autodocs'],
  parameters: {
    controls: {
      matchers: { color: /(background|color)$/i, date: /Date$/i },
    },
    // An axe violation fails the story's test (in Storybook's test panel and in `vitest --project storybook`).
    a11y: { test: 'error' },
  },
};

export default preview;
