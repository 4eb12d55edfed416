/**
 * Figure 5 alone (`npm run bench:route-js`): the gzip JavaScript a cold load of each route fetches,
 * without the rest of `npm run bench:sync`. A small world (the demo plus 5 patients × 40 posts of
 * demo-nurse), the built app served from a private copy, demo-nurse signed in and synced, then
 * each route opened in a new page (the timeline twice: without, then with its kept copy).
 * `ROUTE_JS_SCRIPTS=1` also lists every script a route fetched.
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { snapshotBuild, type BuildSnapshot } from './build-snapshot';
import { launchChromium, newDevice, signIn, waitForLocalPosts, waitForServiceWorkerInstalled } from './browser';
import { measureRouteJs } from './route-js';
import { addNursePatients, visiblePosts, createBenchWorld, removeBenchWorld, type BenchWorld } from './seed';
import { startBenchServer, type BenchServer } from './server-process';

const port = Number(process.env.BENCH_SYNC_PORT ?? 3400);
const listScripts = process.env.ROUTE_JS_SCRIPTS === '1';
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

// Set by main(); declared out here so that cleaning up still reaches them when it throws.
let snapshot = null as BuildSnapshot | null;
let world = null as BenchWorld | null;
let server = null as BenchServer | null;
let browser = null as Browser | null;

async function main(): Promise<void> {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('no build found (.next/BUILD_ID): run npm run build first');
  world = await createBenchWorld();
  addNursePatients(world, 5, 40);
  snapshot = await snapshotBuild();
  server = await startBenchServer({ port, dataDir: world.dataDir, root: snapshot.root });
  browser = await launchChromium();
  const nurse = await newDevice(browser, server.baseUrl);
  await signIn(nurse.page, server.baseUrl, 'demo-nurse');
  await waitForLocalPosts(nurse.page, visiblePosts(world, world.nurse.userId), 60_000);
  await waitForServiceWorkerInstalled(nurse.page);
  await nurse.page.waitForTimeout(1_000);
  const timeline = `/patient?id=${encodeURIComponent(world.yamadaId)}`;
  const list = listScripts
    ? (route: string, url: string, gzip: number, beforePaint: boolean) =>
        console.log(`  ${route}  ${kb(gzip).padStart(6)} KB  ${beforePaint ? 'before paint' : 'after paint '}  ${url}`)
    : undefined;
  // The timeline first with no kept copy (its first screen waits for the database), then again
  // once the device has kept its copy (a few seconds after the live timeline settled).
  const first = await measureRouteJs(nurse.context, ['/patients', timeline], list);
  await nurse.page.goto(timeline);
  await nurse.page.locator('article.post').first().waitFor();
  await nurse.page.waitForTimeout(4_000);
  const figures = [...first, ...(await measureRouteJs(nurse.context, [timeline, '/whats-new', '/'], list))];
  console.log(`build ${snapshot.buildId}`);
  for (const figure of figures) {
    console.log(
      `${figure.route.replace(/\?id=.*/, '').padEnd(12)} ${kb(figure.gzipBytes).padStart(7)} KB gzip  ${kb(figure.rawBytes).padStart(7)} KB raw  ${figure.scripts} scripts` +
        (figure.beforePaint
          ? `; before the first screen painted ${kb(figure.beforePaint.gzipBytes)} KB gzip, ${figure.beforePaint.scripts} scripts`
          : ''),
    );
  }
}

try {
  await main();
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
  if (world) removeBenchWorld(world);
  snapshot?.remove();
}
