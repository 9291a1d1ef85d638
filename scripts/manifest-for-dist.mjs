// Copies custom-elements.json (made from src/ by `cem analyze`) to dist/, with every module path
// pointing at the built .js file a consumer of the package imports.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const toDist = (path) => {
  if (!/^\/?src\//.test(path)) return path;
  const built = path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  return built.endsWith('.js') ? built : `${built}.js`;
};
for (const module of manifest.modules) {
  module.path = toDist(module.path);
  for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
    for (const ref of [
      item.declaration,
      item.superclass,
      ...(item.members ?? []).map((m) => m.inheritedFrom),
    ]) {
      if (ref?.module) ref.module = toDist(ref.module);
    }
  }
}
writeFileSync('dist/custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log('manifest-for-dist: dist/custom-elements.json');
