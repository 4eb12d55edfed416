/**
 * `npm run bench:initial-sync`: bench:sync's initial-sync figure alone, on several fresh devices
 * against one server (`BENCH_INITIAL_SYNC_ROUNDS`, 3 by default), each with its own same-page
 * baseline, then the medians — for an A/B of a change on that path without the whole bench. Each
 * device also says when its first pull of posts went out after the sign-in's answer (the start),
 * and how long the device key took to open once the server had released it.
 * `BENCH_ON_DISK=1` gives each device a browser profile on disk, as a tablet stores IndexedDB (a
 * fresh context keeps it in memory); `BENCH_APP_SOURCE` serves another build (a directory holding
 * its `.next` and `public/`) instead of this checkout's.
 */
import { benchOnDisk as onDisk, newDeviceWhere } from './browser';
import { startFirstSyncWorld } from './first-sync-world';
import { measureInitialSync, type InitialSyncResult } from './initial-sync';
import { median } from './report';

const rounds = Number(process.env.BENCH_INITIAL_SYNC_ROUNDS ?? 3);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (result: InitialSyncResult) => result.rxdbMs / (result.fetchMs + result.bulkPutMs);

const { expected, server, browser, close } = await startFirstSyncWorld(
  Number(process.env.BENCH_SYNC_PORT ?? 3460),
  process.env.BENCH_APP_SOURCE,
);
console.log(`IndexedDB ${onDisk ? 'on disk (a browser profile, as a tablet keeps it)' : 'in memory (a fresh browser context)'}`);
const results: InitialSyncResult[] = [];
try {
  for (let round = 1; round <= rounds; round += 1) {
    const device = await newDeviceWhere(onDisk, browser, server.baseUrl);
    const result = await measureInitialSync(device.page, server.baseUrl, expected);
    results.push(result);
    console.log(
      `device ${round}: the key open ${Math.round(result.keyOpenMs)} ms after its release, first pull of posts at ${seconds(result.firstPullMs)}, ${result.posts} posts on the device ${seconds(result.rxdbMs)}, sync over ${seconds(result.settledMs)}; ` +
        `baseline (once the device was quiet, ${seconds(result.quietAfterMs)} later) fetch ${seconds(result.fetchMs)} + bulkPut ${seconds(result.bulkPutMs)}; ratio ${ratio(result).toFixed(2)}×`,
    );
    await device.close();
  }
} finally {
  await close();
}
console.log(
  `median of ${results.length}: the key open ${Math.round(median(results.map((r) => r.keyOpenMs)))} ms after its release, first pull of posts at ${seconds(median(results.map((r) => r.firstPullMs)))}, ` +
    `posts on the device ${seconds(median(results.map((r) => r.rxdbMs)))}, ` +
    `sync over ${seconds(median(results.map((r) => r.settledMs)))}, ratio ${median(results.map(ratio)).toFixed(2)}× (target ≤ 1.5×)`,
);
