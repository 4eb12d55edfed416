/**
 * The photo figures a nurse feels, in headless Chromium against the built app: from choosing the
 * 8 MP phone photo to its thumbnail in the composer and, once posted, in the timeline's post; and
 * the bytes the device sent against the original file's size.
 * Run: node --import ./server/cli/register.mjs tests/bench/images/browser.ts (after npm run build).
 * Prints a table and, last, one `BENCH_IMAGES_BROWSER_JSON {...}` line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { decodeHeic } from '@/server/files/decode-heic';
import type { Page } from 'playwright-core';
import { openDatabase } from '@/server/db/client';
import { attachments } from '@/server/db/schema';
import { snapshotBuild } from '../sync/build-snapshot';
import { launchChromium, newDevice, signIn } from '../sync/browser';
import { median, ms, printTable, type Row } from '../sync/report';
import { createBenchWorld, removeBenchWorld } from '../sync/seed';
import { startBenchServer } from '../sync/server-process';

const port = Number(process.env.BENCH_IMAGES_PORT ?? 3410);
const photosDir = path.resolve(process.env.RENRAKU_TESTDATA_PHOTOS ?? 'tests/fixtures/photos');
const photo = path.join(photosDir, 'exif/phone-jolla.jpg');
const runs = 5;
const log = (message: string) => console.error(`[bench:images:browser] ${message}`);

type BenchWindow = Window & { benchChosenAt?: number; benchThumb?: Promise<number> };

/** Records, in the page, when the photo input changes and when the composer first shows a new thumbnail. */
async function armComposer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as BenchWindow;
    const input = [...document.querySelectorAll<HTMLInputElement>('input[type=file]')].find(
      (element) => element.labels?.[0]?.textContent === 'Add photo',
    );
    input?.addEventListener('change', () => (w.benchChosenAt = performance.now()), { once: true, capture: true });
    const before = document.querySelectorAll('.composer-file-thumb').length;
    w.benchThumb = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const thumb = [...document.querySelectorAll<HTMLImageElement>('.composer-file-thumb')][before];
        if (!thumb) return;
        const done = () => {
          observer.disconnect();
          resolve(performance.now());
        };
        if (thumb.complete && thumb.naturalWidth > 0) done();
        else thumb.addEventListener('load', done, { once: true });
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  });
}

/**
 * The fixture's 8 MP JPEG is already squeezed to 0.8 bits a pixel; phone cameras write 2–4. The
 * iPhone photo, decoded and saved as a camera would (JPEG quality 92), is the typical case.
 */
async function cameraJpeg(): Promise<string> {
  const raw = await decodeHeic(fs.readFileSync(path.join(photosDir, 'exif/iphone_13_pro_max.HEIC')), { maxPixels: 100_000_000 });
  if (!('data' in raw)) throw new Error(`HEIC: ${raw.reason}`);
  const file = path.join(os.tmpdir(), `renraku-bench-camera-${process.pid}.jpg`);
  await sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels } })
    .jpeg({ quality: 92 })
    .toFile(file);
  return file;
}

async function oneRun(page: Page, index: number, photo: string): Promise<{ composerMs: number; postMs: number; attachmentId: string }> {
  const body = `bench photo ${index} ${Date.now()}`;
  await page.getByLabel('Message', { exact: true }).fill(body);
  await armComposer(page);
  await page.getByLabel('Add photo').setInputFiles(photo);
  const composerMs = await page.evaluate(async () => {
    const w = window as BenchWindow;
    const shown = await (w.benchThumb ?? Promise.reject(new Error('not armed')));
    return shown - (w.benchChosenAt ?? NaN);
  });
  const postedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  const article = page.getByRole('article').filter({ hasText: body });
  const thumb = article.locator('img.thumb').first();
  await thumb.waitFor();
  const postMs =
    (await thumb.evaluate(
      (img: HTMLImageElement) =>
        new Promise<number>((resolve) =>
          img.complete ? resolve(performance.now()) : img.addEventListener('load', () => resolve(performance.now()), { once: true }),
        ),
    )) - postedAt;
  // Sent: the post's thumbnail now comes from the server.
  await article.locator('img[src$="/thumb"]').waitFor({ timeout: 60_000 });
  const attachmentId =
    /\/api\/files\/([0-9a-f-]+)\/thumb$/.exec((await article.locator('img[src$="/thumb"]').getAttribute('src')) ?? '')?.[1] ?? '';
  return { composerMs, postMs, attachmentId };
}

async function main(): Promise<void> {
  if (!fs.existsSync('.next/BUILD_ID')) {
    log('no build found: running npm run build');
    if (spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] }).status !== 0) throw new Error('npm run build failed');
  }
  const world = await createBenchWorld();
  const snapshot = await snapshotBuild();
  const server = await startBenchServer({ port, dataDir: world.dataDir, root: snapshot.root });
  const browser = await launchChromium();
  try {
    const { page } = await newDevice(browser, server.baseUrl);
    await signIn(page, server.baseUrl, 'demo-nurse');
    await page.goto(`/patient?id=${world.yamadaId}`);
    await page.getByLabel('Message', { exact: true }).waitFor();
    const camera = await cameraJpeg();
    const db = openDatabase(world.file);
    const sentBytes = (id: string) =>
      db.select({ size: attachments.size }).from(attachments).where(eq(attachments.id, id)).get()?.size ?? NaN;
    const measured = [];
    for (const [label, file] of [
      ['8 MP phone photo (fixture)', photo],
      ['12 MP iPhone photo as a camera JPEG', camera],
    ] as const) {
      log(`${runs} posts with ${label} (${fs.statSync(file).size} bytes)`);
      const results = [];
      for (let i = 0; i < runs; i += 1) results.push(await oneRun(page, i, file));
      measured.push({ label, originalBytes: fs.statSync(file).size, results, sent: results.map((r) => sentBytes(r.attachmentId)) });
    }
    db.$client.close();
    fs.rmSync(camera, { force: true });
    const rows: Row[] = measured.flatMap(({ label, originalBytes, results, sent }, index) => {
      const composer = median(results.map((r) => r.composerMs));
      const share = median(sent) / originalBytes;
      return [
        {
          figure: `${label}: chosen → thumbnail in the composer (median of ${runs})`,
          value: ms(composer),
          target: index === 0 ? '≤ 1,000 ms' : '',
          met: index === 0 ? composer <= 1000 : null,
        },
        {
          figure: '  pressing Post → the thumbnail in the timeline’s post',
          value: ms(median(results.map((r) => r.postMs))),
          target: '',
          met: null,
        },
        {
          figure: '  bytes sent / original file',
          value: `${(share * 100).toFixed(1)} % (${Math.round(median(sent) / 1024)} of ${Math.round(originalBytes / 1024)} KB)`,
          target: '≤ 35 %',
          met: share <= 0.35,
        },
      ];
    });
    printTable(rows);
    console.log(`BENCH_IMAGES_BROWSER_JSON ${JSON.stringify({ runs, measured, rows })}`);
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop().catch(() => undefined);
    removeBenchWorld(world);
    snapshot.remove();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
