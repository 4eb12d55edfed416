/**
 * Figure 1: a device's first sync of many posts into RxDB, against the floor of the same work done
 * by hand in the same page — fetching the documents from the pull API and one Dexie `bulkPut`.
 */
import type { Page, Request } from 'playwright-core';
import type { Dexie as DexieInstance } from 'dexie';
import { metaStoreName } from '@/lib/offline/pull-meta';
import { sampleCpu, waitForQuietBrowser, type CpuSample } from './cpu-split';
import { appMarks } from './paint-recorder';
import { signIn, waitForFinalCheckpoint, waitForLocalPosts, waitForServiceWorkerInstalled, type ExpectedPosts } from './browser';

export interface InitialSyncResult {
  posts: number;
  rxdbMs: number;
  /**
   * Sign-in until the replication has stored its last pull checkpoint: the sync is over. The
   * baseline runs after it, so that it does not share IndexedDB with the sync.
   */
  settledMs: number;
  /** Fetching every post from the pull API, 1000 a request (the API's largest batch). */
  fetchMs: number;
  fetchRequests: number;
  bulkPutMs: number;
  /** Sign-in's answer until the first pull of posts went out: the start before the first batch. */
  firstPullMs: number;
  /** The device key's release until the key was open for the database (`renraku:device-key:*` marks); NaN without them. */
  keyOpenMs: number;
  /** How long the device took to go quiet after the sync (and the service worker's install), before the baseline. */
  quietAfterMs: number;
  /** Processor time (./cpu-split.ts) at the sign-in's answer and once every post was stored, where asked for. */
  cpu?: { answered: CpuSample; stored: CpuSample };
}

export async function measureInitialSync(
  page: Page,
  baseUrl: string,
  expectedPosts: ExpectedPosts,
  options: { cpu?: boolean } = {},
): Promise<InitialSyncResult> {
  let answeredCpu: CpuSample | undefined;
  let firstPullAt = NaN;
  const notePull = (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/sync/pull' && url.searchParams.get('collection') === 'posts' && Number.isNaN(firstPullAt)) {
      firstPullAt = Date.now();
    }
  };
  page.on('request', notePull);
  const signedInAt = await signIn(page, baseUrl, 'demo-nurse', () => {
    if (options.cpu) answeredCpu = sampleCpu();
  });
  const synced = await waitForLocalPosts(page, expectedPosts, 150_000);
  const storedCpu = options.cpu ? sampleCpu() : undefined;
  const settled = await waitForFinalCheckpoint(page, `--${await metaStoreName('posts')}`, 150_000);
  page.off('request', notePull);
  const marks = await appMarks(page);
  // The service worker installs once the first sync is over, and the app then reads every post
  // for a few seconds (its screens' counts): the baseline runs once the device is quiet.
  await waitForServiceWorkerInstalled(page);
  const quietAfterMs = await waitForQuietBrowser();
  await page.addScriptTag({ path: 'node_modules/dexie/dist/dexie.js' });
  const floor = await baseline(page, 1000, true);
  if (floor.stored !== expectedPosts.count) throw new Error(`the baseline stored ${floor.stored} posts, expected ${expectedPosts.count}`);
  return {
    posts: synced.count,
    rxdbMs: synced.at - signedInAt,
    settledMs: settled.at - signedInAt,
    fetchMs: floor.fetchMs,
    fetchRequests: floor.requests,
    bulkPutMs: floor.bulkPutMs,
    firstPullMs: firstPullAt - signedInAt,
    keyOpenMs: (marks['device-key:ready'] ?? NaN) - (marks['device-key:released'] ?? NaN),
    quietAfterMs,
    cpu: answeredCpu && storedCpu ? { answered: answeredCpu, stored: storedCpu } : undefined,
  };
}

function baseline(
  page: Page,
  batchSize: number,
  store: boolean,
): Promise<{ fetchMs: number; requests: number; bulkPutMs: number; stored: number }> {
  return page.evaluate(
    async ({ batchSize, store }) => {
      type DexieClass = (new (name: string) => DexieInstance) & { delete(name: string): Promise<void> };
      const Dexie = (window as unknown as { Dexie: DexieClass }).Dexie;
      const docs: unknown[] = [];
      let checkpoint: { seq: number; id: string } | null = null;
      let requests = 0;
      const fetchStart = performance.now();
      for (;;) {
        // The route the app pulls over (lib/sync/pull.ts), as app/_lib/offline/http-pull.ts asks it.
        const params = new URLSearchParams({ protocolVersion: '1', collection: 'posts', batchSize: String(batchSize) });
        if (checkpoint) {
          params.set('seq', String(checkpoint.seq));
          params.set('id', checkpoint.id);
        }
        const response = await fetch(`/api/sync/pull?${params.toString()}`, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(`the pull answered HTTP ${response.status}`);
        const body = (await response.json()) as { documents: unknown[]; checkpoint: { seq: number; id: string } | null };
        const { documents, checkpoint: next } = body;
        requests += 1;
        if (documents.length === 0) break;
        docs.push(...documents);
        checkpoint = next;
      }
      const fetchMs = performance.now() - fetchStart;
      if (!store) return { fetchMs, requests, bulkPutMs: NaN, stored: 0 };

      const name = `bench-baseline-${Math.random().toString(36).slice(2)}`;
      const db = new Dexie(name);
      db.version(1).stores({ posts: 'id, patientId' });
      await db.open();
      const putStart = performance.now();
      await db.table('posts').bulkPut(docs);
      const bulkPutMs = performance.now() - putStart;
      const stored = await db.table('posts').count();
      db.close();
      await Dexie.delete(name);
      return { fetchMs, requests, bulkPutMs, stored };
    },
    { batchSize, store },
  );
}
