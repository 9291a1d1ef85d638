import fs from 'node:fs';
import path from 'node:path';

// Custom Elements Manifest analyzer (`cem analyze --litelement`): reads the components' JSDoc
// (@summary, @fires, @slot, @csspart, @cssprop) and Lit properties into custom-elements.json at the
// repository root, for Storybook. `npm run build` copies it to dist/ with paths to the built files.

/** Events come from `@fires`; a private `_emit(type, …)` would otherwise add one named "type". */
function timelineEventsOnly() {
  return {
    name: 'timeline-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (declaration.events) {
          declaration.events = declaration.events.filter((event) => event.name?.startsWith('timeline-'));
        }
      }
    },
  };
}

/**
 * `<event-timeline>` observes `dir`, `style` and `class` (they change the drawing), so the analyzer
 * lists them as attributes with nothing to say. `style` and `class` are every element's own; `dir`
 * gets its meaning here.
 */
function globalAttributes() {
  const dir = {
    name: 'dir',
    type: { text: "'ltr' | 'rtl' | 'auto'" },
    description:
      'Text direction. `rtl` mirrors the timeline: time runs right to left, and the axis, lanes, keys and tooltips follow.',
    default: "the nearest ancestor's dir, else the locale's",
  };
  return {
    name: 'global-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (!declaration.attributes) continue;
        declaration.attributes = declaration.attributes
          .filter((a) => a.fieldName || !['style', 'class'].includes(a.name))
          .map((a) => (a.name === 'dir' && !a.fieldName ? dir : a));
      }
    },
  };
}

/**
 * A default written as a constant's name (`timeout = DEFAULT_TIMEOUT`) tells a reader nothing:
 * show the constant's value, read from its `export const NAME = value;` in src.
 */
function constantDefaults() {
  const constants = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) {
        for (const m of fs
          .readFileSync(file, 'utf8')
          .matchAll(/^export const ([A-Z][A-Z0-9_]*) = ([^;\n]+);/gm)) {
          constants.set(m[1], m[2].replace(/(\d)_(?=\d)/g, '$1'));
        }
      }
    }
  };
  walk('src');
  const resolve = (item) => {
    if (item.default && constants.has(item.default)) item.default = constants.get(item.default);
  };
  return {
    name: 'constant-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) resolve(item);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/data/idlib-2018.ts', 'src/data/synthetic.ts'],
  outdir: '.',
  litelement: true,
  // package.json names dist/custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [timelineEventsOnly(), globalAttributes(), constantDefaults()],
};
