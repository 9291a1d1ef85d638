/**
 * The plain-HTML page test loads dist/event-timeline.bundle.js, as a page without a build step
 * would. `npm test` builds it first; this makes it for a focused run too, whenever it is missing or
 * older than a source file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newest(folder: string): number {
  return Math.max(
    0,
    ...readdirSync(folder, { withFileTypes: true }).map((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    }),
  );
}

export default function buildBundle(): void {
  const bundle = join(root, 'dist', 'event-timeline.bundle.js');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(join(root, 'src'))) return;
  execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, under which Vite would take Lit's development build: the page
    // must load what is published.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
