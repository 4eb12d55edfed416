/**
 * Runs after `next build`: bundles the scripts that run outside the page, each into one classic
 * script in public/, which the service worker precaches or imports:
 * - public/search-worker.js, the search index's worker (lib/search/search-worker.ts, with its
 *   inverted index). Not Next's own `new Worker(new URL(…, import.meta.url))`: Turbopack's worker
 *   bootstrap reads its chunk list from the script URL's `#params=` fragment, which a script served
 *   by the service worker (offline, and whenever the app is installed) no longer has — the worker
 *   then fails to start.
 * - public/sw-early-key.js, the service worker's early ask for a reopened screen's key
 *   (app/_lib/early-screen/sw-early-key.ts), imported by public/sw.js (server/cli/build-sw.ts).
 */
import path from 'node:path';
import { build } from 'esbuild';
import { screenPaths } from '@/app/_lib/early-screen/config';
import { precacheKeyOf, staticPages } from './static-pages';

const root = process.cwd();
// The picture screens' pages, as the service worker's precache keys them (the worker answers their
// navigations from it, app/_lib/early-screen/early-picture-worker.ts).
const picturePages = Object.fromEntries(
  staticPages(root)
    .filter((page) => (screenPaths as readonly string[]).includes(page.url))
    .map((page) => [page.url, precacheKeyOf(page)]),
);
const scripts: Array<{ entry: string; out: string; define: Record<string, string> }> = [
  { entry: path.join(root, 'lib', 'search', 'search-worker.ts'), out: path.join(root, 'public', 'search-worker.js'), define: {} },
  {
    entry: path.join(root, 'app', '_lib', 'early-screen', 'sw-early-key.ts'),
    out: path.join(root, 'public', 'sw-early-key.js'),
    define: { __RENRAKU_PICTURE_PAGES__: JSON.stringify(picturePages) },
  },
];

for (const { entry, out, define } of scripts) {
  await build({
    entryPoints: [entry],
    outfile: out,
    define,
    bundle: true,
    format: 'iife',
    target: ['es2020', 'safari15'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  console.log(`[workers] ${path.relative(root, out)} built`);
}
