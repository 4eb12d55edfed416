/**
 * Runs after `next build`: bundles the search index's worker (lib/search/search-worker.ts, with
 * its inverted index) into one classic script, public/search-worker.js, which the service worker precaches.
 * Not Next's own `new Worker(new URL(…, import.meta.url))`: Turbopack's worker bootstrap reads its
 * chunk list from the script URL's `#params=` fragment, which a script served by the service worker
 * (offline, and whenever the app is installed) no longer has — the worker then fails to start.
 */
import path from 'node:path';
import { build } from 'esbuild';

const root = process.cwd();
const searchWorkerFile = path.join(root, 'public', 'search-worker.js');

await build({
  entryPoints: [path.join(root, 'lib', 'search', 'search-worker.ts')],
  outfile: searchWorkerFile,
  bundle: true,
  format: 'iife',
  target: ['es2020', 'safari15'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`[search] ${path.relative(root, searchWorkerFile)} built`);
