#!/usr/bin/env node
// Builds apps/web into apps/web/dist unless dist/index.html is newer than
// every input — so `npm start` and the browser tests serve a current bundle
// without paying for a rebuild each time. Synchronous on purpose: the server
// registers the bundle's files when it starts.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Newest modification time of a file or of anything under a directory. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function buildWebIfStale(root) {
  const web = join(root, 'apps/web');
  const built = newestMtime(join(web, 'dist/index.html'));
  const inputs = Math.max(
    newestMtime(join(web, 'src')),
    newestMtime(join(web, 'public')),
    newestMtime(join(web, 'index.html')),
    newestMtime(join(web, 'vite.config.ts')),
    newestMtime(join(web, 'vite-precompress.ts')),
    // The workspace packages the web app bundles.
    newestMtime(join(root, 'packages/esign/src')),
    newestMtime(join(root, 'packages/kz/src')),
    newestMtime(join(root, 'packages/domain/src')),
  );
  if (built > inputs) return false;
  execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWebIfStale(resolve(fileURLToPath(import.meta.url), '..', '..'));
}
