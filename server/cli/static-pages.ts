/**
 * The app's prerendered pages after `next build`, each with the revision the service worker's
 * precache keys it by: public/sw.js precaches them (./build-sw.ts), and the worker's early picture
 * (app/_lib/early-screen/early-picture-worker.ts) finds a screen's page in that precache by them
 * (./build-workers.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ManifestEntry } from 'workbox-build';

export function revisionOf(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 20);
}

/** Every prerendered page is an app-shell document: `index.html` → `/`, `signin.html` → `/signin`. */
export function staticPages(root: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${prefix}/${entry.name}`);
      else if (entry.name.endsWith('.html') && !entry.name.startsWith('_')) {
        const name = entry.name.slice(0, -'.html'.length);
        const url = name === 'index' ? prefix || '/' : `${prefix}/${name}`;
        entries.push({ url, revision: revisionOf(full) });
      }
    }
  };
  walk(path.join(root, '.next', 'server', 'app'), '');
  return entries;
}

/** The precache's key of a page (Workbox's: its address with `__WB_REVISION__`), path and query. */
export function precacheKeyOf(entry: ManifestEntry): string {
  return entry.revision ? `${entry.url}?__WB_REVISION__=${encodeURIComponent(entry.revision)}` : entry.url;
}
