/**
 * Builds public/sw.js after `next build`: a Workbox service worker that precaches the app shell
 * (every static page's HTML, Next's hashed static assets, the manifest and icons) so the app opens
 * with no network after one visit. API calls and files are never cached: patient data stays only in
 * the app's encrypted databases (thumbnails for offline viewing included, see lib/offline/outbox.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateSW, type ManifestEntry } from 'workbox-build';
import { revisionOf, staticPages } from './static-pages';

const root = process.cwd();
const appDir = path.join(root, '.next', 'server', 'app');

function publicFiles(dir: string): ManifestEntry[] {
  return fs
    .readdirSync(path.join(root, 'public', dir))
    .filter((name) => name.endsWith('.png'))
    .map((name) => ({ url: `/${dir}/${name}`, revision: revisionOf(path.join(root, 'public', dir, name)) }));
}

const manifestBody = path.join(appDir, 'manifest.webmanifest.body');
const searchWorker = path.join(root, 'public', 'search-worker.js');
const pages = staticPages(root);

const { count, size, warnings } = await generateSW({
  swDest: path.join(root, 'public', 'sw.js'),
  globDirectory: path.join(root, '.next', 'static'),
  globPatterns: ['**/*.{js,css,woff2,png,svg,ico,webp}'],
  modifyURLPrefix: { '': '/_next/static/' },
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  additionalManifestEntries: [
    ...pages,
    ...publicFiles('icons'),
    // The search index's worker (server/cli/build-workers.ts): search works offline.
    ...(fs.existsSync(searchWorker) ? [{ url: '/search-worker.js', revision: revisionOf(searchWorker) }] : []),
    ...(fs.existsSync(manifestBody) ? [{ url: '/manifest.webmanifest', revision: revisionOf(manifestBody) }] : []),
  ],
  // Push and notification clicks (no patient data ever passes through a push); a reopened
  // screen's key asked for as its navigation begins (app/_lib/early-screen/early-key-worker.ts).
  importScripts: ['/sw-push.js', '/sw-early-key.js'],
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  clientsClaim: true,
  // A new version waits until the user chooses to reload (app/_components/service-worker-update.tsx).
  skipWaiting: false,
  cleanupOutdatedCaches: true,
  // Screens take their subject from the query string (`/patient?id=…`, a form's `&form=…`, a post
  // opened from a search `&post=…`): the same precached shell serves every id, also for a patient
  // never opened on this device.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^id$/, /^post$/, /^a$/, /^b$/, /^form$/, /^signedOut$/, /^reason$/, /^region$/],
  runtimeCaching: [
    {
      // Pages that are not precached: always from the network; offline, a page that says what
      // works offline and links there (app/offline).
      urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/api/'),
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/offline' } },
    },
  ],
});

for (const warning of warnings) console.warn(`[sw] ${warning}`);
console.log(`[sw] public/sw.js precaches ${count} files (${Math.round(size / 1024)} KiB), pages: ${pages.map((p) => p.url).join(' ')}`);
