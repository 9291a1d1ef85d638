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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/data/idlib-2018.ts', 'src/data/synthetic.ts'],
  outdir: '.',
  litelement: true,
  // package.json names dist/custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [timelineEventsOnly()],
};
