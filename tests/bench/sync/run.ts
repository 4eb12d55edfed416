/**
 * `npm run bench:sync`: sync figures of the built app against a seeded database, in headless
 * Chromium on localhost. Prints a table and, last, one `BENCH_SYNC_JSON {...}` line. Targets are
 * reported, not enforced; the exit code is non-zero only when a measurement could not be made.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { snapshotBuild, type BuildSnapshot } from './build-snapshot';
import { launchChromium, newDevice, newDiskDevice, signIn, waitForLocalPosts, waitForServiceWorkerInstalled } from './browser';
import { measureEncryption } from './encryption/measure-encryption';
import { measureInitialSync } from './initial-sync';
import { measurePropagation } from './propagation';
import { printJson, printTable } from './report';
import { addColleaguePosts, addNursePatients, visiblePosts, createBenchWorld, removeBenchWorld, type BenchWorld } from './seed';
import { startBenchServer, type BenchServer } from './server-process';
import { summarise, type Results } from './summary';
import { measureRouteJs } from './route-js';
import { measureSearch } from './search';
import { measureInAppOpen, measureTimeline } from './timeline';
import { measureWhatsNew } from './whats-new';

const port = Number(process.env.BENCH_SYNC_PORT ?? 3400);
/** `BENCH_SYNC_ONLY=encryption`: only encryption at rest against plain storage (a few minutes, not the whole bench). */
const only = process.env.BENCH_SYNC_ONLY === 'encryption' ? 'encryption' : null;
if (process.env.BENCH_SYNC_ONLY && !only) throw new Error(`BENCH_SYNC_ONLY=${process.env.BENCH_SYNC_ONLY}: only "encryption" is known`);
// Raised from 420 s: on the shared 2-core machine at load 7–11 the run reached What's new only after 400 s;
// then by the encryption figures' few minutes.
const timeLimitMs = only ? 900_000 : 1_500_000;
const shape = {
  patients: 50,
  postsPerPatient: 400,
  propagationPosts: 50,
  timelinePosts: 5_000,
  timelineRuns: 3,
  whatsNewUnread: 2_000,
  whatsNewRuns: 3,
  /** Encryption against plain: databases of each kind synced, reopenings of each, posts per kind. */
  encryption: { rounds: 3, timelineRounds: { replicating: 2, alone: 3 }, propagationPosts: 20 },
};
const log = (message: string) => console.error(`[bench:sync] ${message}`);

function ensureBuilt(): void {
  if (fs.existsSync('.next/BUILD_ID')) return;
  log('no build found (.next/BUILD_ID): running npm run build');
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

let snapshot: BuildSnapshot | null = null;
let world: BenchWorld | null = null;
let server: BenchServer | null = null;
let browser: Browser | null = null;

async function cleanUp(): Promise<void> {
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
  if (world) removeBenchWorld(world);
  snapshot?.remove();
  browser = server = world = snapshot = null;
}

const errors: Record<string, string> = {};
/** The server's peak resident memory during each figure's measurement, in MB (the peak starts over before each). */
const peakByFigure: Record<string, number | null> = {};
async function attempt<T>(figure: string, run: () => Promise<T>): Promise<T | null> {
  server?.resetPeakRss();
  try {
    return await run();
  } catch (error) {
    errors[figure] = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
    log(`${figure} failed: ${errors[figure]}`);
    return null;
  } finally {
    const peak = server?.peakRssMb() ?? null;
    peakByFigure[figure] = peak;
    if (peak !== null) log(`${figure}: server peak RSS ${Math.round(peak)} MB`);
  }
}

/** A patient of demo-nurse with a long history. */
function addLongPatient(benchWorld: BenchWorld): string {
  const [longPatient] = addNursePatients(benchWorld, 1, shape.timelinePosts, 'タイムライン');
  if (!longPatient) throw new Error('no patient seeded');
  return longPatient;
}

/** The long patient synced to the nurse's device; then both timings. */
async function timelineFigures(page: Page, benchWorld: BenchWorld, longPatient: string) {
  await page.goto('/');
  await waitForLocalPosts(page, visiblePosts(benchWorld, benchWorld.nurse.userId), 90_000);
  await page.waitForTimeout(1_000);
  const goto = await measureTimeline(page, longPatient, shape.timelineRuns);
  const inApp = await measureInAppOpen(page, longPatient, shape.timelineRuns);
  return { goto, inApp };
}

/** On a device of its own, once the nurse's main device is closed (nothing else syncing). */
function encryptionFigures(openBrowser: Browser, baseUrl: string, benchWorld: BenchWorld, longPatient: string) {
  log(`encryption: plain and encrypted storage, a device each, ${shape.encryption.rounds} databases of each`);
  return measureEncryption(openBrowser, baseUrl, {
    ...shape.encryption,
    userId: benchWorld.nurse.userId,
    timelinePatientId: longPatient,
    propagationPatientId: benchWorld.yamadaId,
    log,
  });
}

/** demo-doctor writes on the nurse's patients; once on her device, What's new is opened. */
async function whatsNewFigures(page: Page, benchWorld: BenchWorld, patientIds: string[]) {
  addColleaguePosts(benchWorld, patientIds, shape.whatsNewUnread);
  await page.goto('/');
  const onDevice = await waitForLocalPosts(page, visiblePosts(benchWorld, benchWorld.nurse.userId), 120_000);
  await page.waitForTimeout(1_000);
  return { postsOnDevice: onDevice.count, runs: await measureWhatsNew(page, shape.whatsNewRuns) };
}

async function main(): Promise<void> {
  ensureBuilt();
  const started = Date.now();
  const loadAtStart = os.loadavg()[0] ?? NaN;
  const watchdog = setTimeout(() => {
    log(`stopped after ${timeLimitMs / 1000} s`);
    void cleanUp().finally(() => process.exit(2));
  }, timeLimitMs);

  log(`seeding ${shape.patients} patients × ${shape.postsPerPatient} posts for demo-nurse`);
  world = await createBenchWorld();
  const nursePatients = addNursePatients(world, shape.patients, shape.postsPerPatient);
  const nursePosts = visiblePosts(world, world.nurse.userId);
  // Only the encryption figures: the long patient is there from the start (the full run adds it later).
  const earlyLongPatient = only ? addLongPatient(world) : null;
  // `BENCH_APP_SOURCE`: another build (a directory with its `.next` and `public/`), for a before and after.
  snapshot = await snapshotBuild(process.env.BENCH_APP_SOURCE);
  log(`serving build ${snapshot.buildId} from a private copy`);
  server = await startBenchServer({ port, dataDir: world.dataDir, root: snapshot.root });
  const rssAfterStart = server.peakRssMb();
  browser = await launchChromium();
  const { baseUrl } = server;
  const benchWorld = world;
  const openBrowser = browser;

  let initialSync: Results['initialSync'] = null;
  let initialSyncOnDisk: Results['initialSyncOnDisk'] = null;
  let propagation: Results['propagation'] = null;
  let timeline: Results['timeline'] = null;
  let search: Results['search'] = null;
  let whatsNew: Results['whatsNew'] = null;
  let routeJs: Results['routeJs'] = null;
  let encryption: Results['encryption'] = null;
  let timelinePageAvailable = true;
  if (earlyLongPatient) {
    encryption = await attempt('encryption', () => encryptionFigures(openBrowser, baseUrl, benchWorld, earlyLongPatient));
  } else {
    // First, on its own: a device whose IndexedDB is on disk, as a tablet's is (closed before the next).
    log(`initial sync of ${nursePosts.count} posts on a device whose IndexedDB is on disk`);
    initialSyncOnDisk = await attempt('initialSyncOnDisk', async () => {
      const onDisk = await newDiskDevice(baseUrl);
      try {
        return await measureInitialSync(onDisk.page, baseUrl, nursePosts);
      } finally {
        await onDisk.close();
      }
    });
    const nurse = await newDevice(browser, baseUrl);
    log(`initial sync of ${nursePosts.count} posts`);
    initialSync = await attempt('initialSync', () => measureInitialSync(nurse.page, baseUrl, nursePosts));

    timelinePageAvailable = (await fetch(`${baseUrl}/patient`)).status === 200;
    if (timelinePageAvailable) {
      log(`search: index and queries over the ${nursePosts.count} posts of the initial sync`);
      search = await attempt('search', () => measureSearch(nurse.page));
      log(`propagation: ${shape.propagationPosts} posts from demo-nurse's device to demo-doctor's`);
      const doctor = await newDevice(browser, baseUrl);
      const patientId = benchWorld.yamadaId;
      propagation = await attempt('propagation', async () => {
        await signIn(doctor.page, baseUrl, 'demo-doctor');
        await waitForServiceWorkerInstalled(doctor.page);
        return measurePropagation(nurse.page, doctor.page, patientId, shape.propagationPosts);
      });
      await doctor.context.close();
      log(`timeline: one patient with ${shape.timelinePosts} posts`);
      const longPatient = addLongPatient(benchWorld);
      timeline = await attempt('timeline', () => timelineFigures(nurse.page, benchWorld, longPatient));
      log(`what's new: ${shape.whatsNewUnread} unread posts from demo-doctor`);
      whatsNew = await attempt('whatsNew', () => whatsNewFigures(nurse.page, benchWorld, nursePatients));
      log('JavaScript fetched by a cold load of each route');
      const routes = ['/patients', `/patient?id=${encodeURIComponent(benchWorld.yamadaId)}`, '/whats-new'];
      routeJs = await attempt('routeJs', () => measureRouteJs(nurse.context, routes));
      await nurse.context.close();
      encryption = await attempt('encryption', () => encryptionFigures(openBrowser, baseUrl, benchWorld, longPatient));
    } else {
      log('timeline page not available: no propagation through the UI, no timeline or encryption figure');
    }
  }
  const phasePeaks = Object.values(peakByFigure).filter((value): value is number => value !== null);
  const peak = phasePeaks.length > 0 ? Math.max(...phasePeaks, server.peakRssMb() ?? 0) : server.peakRssMb();
  await cleanUp();
  clearTimeout(watchdog);

  const results: Results = {
    only,
    initialSync,
    initialSyncOnDisk,
    propagation,
    timeline,
    search,
    whatsNew,
    routeJs,
    encryption,
    timelinePageAvailable,
    serverRssMb: { afterStart: rssAfterStart, peak, byFigure: peakByFigure },
    durationS: Math.round((Date.now() - started) / 1000),
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? NaN },
    errors,
  };
  const rows = summarise(results, shape.timelinePosts);
  printTable(rows);
  printJson({ shape, ...results, rows });
  if (Object.keys(errors).length > 0) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await cleanUp();
  process.exit(1);
}
