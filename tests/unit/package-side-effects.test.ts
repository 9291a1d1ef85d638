// Bundlers drop a bare `import 'event-timeline'` (or a story's `import '../src/index'`) when the
// file is not in `sideEffects`: the elements are then never registered and the page stays blank.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  sideEffects: string[];
  exports: Record<string, unknown>;
};
const entries = readdirSync(new URL('src/', root)).filter((name) => name.endsWith('.ts'));
const registering = entries.filter((name) =>
  readFileSync(new URL(`src/${name}`, root), 'utf8').includes('customElements.define('),
);

describe('package.json sideEffects', () => {
  it('lists every file that registers an element, in src/ and dist/, and the index that imports them', () => {
    expect(registering.length).toBeGreaterThanOrEqual(2);
    for (const name of [...registering, 'index.ts']) {
      expect(pkg.sideEffects).toContain(`./src/${name}`);
      expect(pkg.sideEffects).toContain(`./dist/${name.replace(/\.ts$/, '.js')}`);
    }
  });

  it('lists nothing else, so bundlers can still drop the pure modules a page does not use', () => {
    const allowed = new Set([
      ...[...registering, 'index.ts'].flatMap((name) => [
        `./src/${name}`,
        `./dist/${name.replace(/\.ts$/, '.js')}`,
      ]),
      './dist/event-timeline.bundle.js',
    ]);
    expect(pkg.sideEffects.filter((file) => !allowed.has(file))).toEqual([]);
  });

  it('every element entry is also a package export, with its types first', () => {
    for (const name of registering) {
      const entry = pkg.exports[`./${name.replace(/\.ts$/, '.js')}`] as Record<string, string>;
      expect(Object.keys(entry)).toEqual(['types', 'default']);
    }
  });
});
