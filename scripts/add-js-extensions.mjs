// The sources import each other without extensions ("./data/dates"), as Vite and TypeScript's
// Bundler resolution allow. Browsers and Node need the file itself, so after `tsc` this rewrites
// every relative specifier in dist/**/*.js and *.d.ts to name its .js file (or folder index.js).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function withExtension(file, specifier) {
  if (/\.(js|mjs|json|css)$/.test(specifier)) return specifier;
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.js`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.js'))) return `${specifier}/index.js`;
  throw new Error(`${file}: cannot find the file for "${specifier}"`);
}

let changed = 0;
for (const file of files(root).filter((f) => /\.(js|d\.ts)$/.test(f) && !f.endsWith('.bundle.js'))) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(
    SPECIFIER,
    (_, lead, quote, specifier) => `${lead}${quote}${withExtension(file, specifier)}${quote}`,
  );
  if (next !== text) {
    writeFileSync(file, next);
    changed++;
  }
}
console.log(`add-js-extensions: ${changed} files in ${root}`);
