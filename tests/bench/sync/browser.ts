/** Headless Chromium for the bench: devices (browser contexts), signing in, and the local database. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumFlags } from '../../support/chromium-flags';

export const demoPassword = 'renraku-demo-1234';

function chromiumPath(): string {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}; set CHROMIUM_PATH.`);
  return executablePath;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
}

/** What every device's context is opened with. */
function deviceOptions(baseUrl: string) {
  return {
    baseURL: baseUrl,
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  };
}

/**
 * One device whose storage is a browser profile on disk, as a tablet's is (`newDevice`'s contexts
 * keep IndexedDB in memory). Its own Chromium; `close()` also removes the profile.
 */
export async function newDiskDevice(baseUrl: string): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: chromiumFlags,
    ...deviceOptions(baseUrl),
  });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One device: its own storage, English UI. CSP is bypassed only so the bench can inject scripts (Dexie). */
export async function newDevice(
  browser: Browser,
  baseUrl: string,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...deviceOptions(baseUrl), serviceWorkers: options.serviceWorkers ?? 'allow' });
  // tsx (esbuild, keepNames) wraps named functions in `__name(...)`; functions this bench sends
  // into the page carry those calls, so the page gets a stand-in.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** Whether the scripts that take `BENCH_ON_DISK=1` give their devices a profile on disk. */
export const benchOnDisk = process.env.BENCH_ON_DISK === '1';

/** One device on disk (`newDiskDevice`) or in memory (`newDevice`), as `onDisk` says; `close()` ends either. */
export async function newDeviceWhere(
  onDisk: boolean,
  browser: Browser,
  baseUrl: string,
): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  if (onDisk) return newDiskDevice(baseUrl);
  const device = await newDevice(browser, baseUrl);
  return { ...device, close: () => device.context.close() };
}

/** Signs in through the form; resolves with the time (ms since epoch) the server's answer arrived, when `onAnswered` is called. */
export async function signIn(page: Page, baseUrl: string, loginId: string, onAnswered?: () => void): Promise<number> {
  await page.goto('/signin');
  await page.getByLabel('Login ID').fill(loginId);
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  const answered = page.waitForResponse((response) => response.url().includes('auth.signIn'));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const response = await answered;
  const at = Date.now();
  onAnswered?.();
  if (!response.ok()) throw new Error(`sign-in as ${loginId} failed: HTTP ${response.status()}`);
  await page.waitForURL(`${baseUrl}/`);
  return at;
}

/** The posts a device should hold once synced: how many, and the one its pulls bring last (seed.ts, `visiblePosts`). */
export interface ExpectedPosts {
  count: number;
  lastId: string;
}

/**
 * Waits until RxDB's Dexie database of the posts collection
 * (`rxdb-dexie-renraku-<user>--<schema version>--posts`, store `docs`) holds the `expected` posts;
 * resolves with the time they were all there (ms since epoch). It looks every 100 ms for the post the
 * pulls bring last, one read by key (batches are stored in the pulls' order), then counts them all
 * once. Counting every time instead (a walk of the whole store, 40 ms at 20,000 posts on disk) put
 * that work on the device beside the sync it measured.
 */
export async function waitForLocalPosts(page: Page, expected: ExpectedPosts, timeoutMs: number): Promise<{ at: number; count: number }> {
  const deadline = Date.now() + timeoutMs;
  const postsStores = { startsWith: 'rxdb-dexie-renraku-', endsWith: '--posts' };
  const countPosts = async () => Math.max(0, ...(await readDocsStores(page, postsStores, { count: true })).map(Number));
  let count = 0;
  for (;;) {
    const rows = await readDocsStores(page, postsStores, { key: expected.lastId });
    if (rows.some((row) => row !== undefined)) {
      const at = Date.now();
      count = await countPosts();
      if (count >= expected.count) return { at, count };
    }
    if (Date.now() > deadline) {
      count = await countPosts();
      throw new Error(`only ${count} of ${expected.count} posts on the device after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until the page's service worker is installed and active, at most `timeoutMs`: on a first
 * visit the app installs it once the first sync is over (app/_lib/service-worker-timing.ts), and
 * what a bench measures next should not share the device with the precache. Gives up quietly
 * where none is registered by then (a context that blocks service workers).
 */
export async function waitForServiceWorkerInstalled(page: Page, timeoutMs = 30_000): Promise<void> {
  const installed = await page.evaluate(async (timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const registration = await navigator.serviceWorker?.getRegistration();
      if (registration?.active && !registration.installing && !registration.waiting) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }, timeoutMs);
  if (!installed) console.warn(`no service worker was installed within ${timeoutMs} ms`);
}

/**
 * Waits until the replication's pull checkpoint (the row `down|1` of the meta store whose database
 * name ends with `nameEnd`) has held one value for `steadyMs`: the pull has stored its last batch.
 * Resolves with the time that value was first seen (ms since epoch).
 */
export async function waitForFinalCheckpoint(page: Page, nameEnd: string, timeoutMs: number, steadyMs = 1500): Promise<{ at: number }> {
  const deadline = Date.now() + timeoutMs;
  let seen = null as { value: string; at: number } | null;
  for (;;) {
    const [row] = await readDocsStores(page, { endsWith: nameEnd }, { key: 'down|1' });
    const value = row ? JSON.stringify((row as { checkpointData?: unknown }).checkpointData) : null;
    const now = Date.now();
    if (value !== null && value !== seen?.value) seen = { value, at: now };
    if (seen && now - seen.at >= steadyMs) return { at: seen.at };
    if (now > deadline) throw new Error(`the pull's checkpoint did not settle in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * In the page: from the store `docs` of each RxDB Dexie database whose name matches, its count of
 * rows or the row with the key given (`undefined` where there is none, or no such store yet).
 */
function readDocsStores(
  page: Page,
  name: { startsWith?: string; endsWith?: string },
  what: { count: true } | { key: string },
): Promise<unknown[]> {
  return page.evaluate(
    async ({ name, what }) => {
      const read = (database: string) =>
        new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open(database);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('docs')) {
              db.close();
              resolve(undefined);
              return;
            }
            const store = db.transaction('docs', 'readonly').objectStore('docs');
            const asked: IDBRequest = 'key' in what ? store.get(what.key) : store.count();
            asked.onsuccess = () => {
              db.close();
              resolve(asked.result);
            };
            asked.onerror = () => reject(asked.error);
          };
        });
      const names = (await indexedDB.databases())
        .map((db) => db.name ?? '')
        .filter((each) => each.startsWith(name.startsWith ?? '') && each.endsWith(name.endsWith ?? ''));
      return Promise.all(names.map(read));
    },
    { name, what },
  );
}
