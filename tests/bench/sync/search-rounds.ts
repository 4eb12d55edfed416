/**
 * `npm run bench:search`: bench:sync's search figure alone, several passes on one device — for an
 * A/B of a change on that path without the whole bench. demo-nurse's device syncs the 20,000 posts,
 * then each pass opens My patients afresh and types the bench's eight queries (`measureSearch`);
 * the first pass comes right after the sync, as bench:sync's does. Prints every keystroke → hits
 * painted, each pass's slowest and median, then the medians over the passes.
 * `BENCH_SEARCH_PASSES` (4 by default); `BENCH_SEARCH_PROFILE=1` takes a CPU profile of the first
 * pass (written to /tmp/search-pass.cpuprofile, summarised by second and by function);
 * `BENCH_APP_SOURCE` serves another build (a directory holding its `.next` and `public/`).
 */
import fs from 'node:fs';
import { newDevice } from './browser';
import { startFirstSyncWorld } from './first-sync-world';
import { measureInitialSync } from './initial-sync';
import { startPageProfile, summariseProfile } from './profile-summary';
import { median } from './report';
import { measureSearch, type SearchFigures } from './search';

const passes = Number(process.env.BENCH_SEARCH_PASSES ?? 4);
const profileFirst = process.env.BENCH_SEARCH_PROFILE === '1';
const ms = (value: number) => `${Math.round(value)} ms`;

const { expected, snapshot, server, browser, close } = await startFirstSyncWorld(
  Number(process.env.BENCH_SYNC_PORT ?? 3470),
  process.env.BENCH_APP_SOURCE,
);
const figures: SearchFigures[] = [];
try {
  const device = await newDevice(browser, server.baseUrl);
  const sync = await measureInitialSync(device.page, server.baseUrl, expected);
  console.log(`initial sync: ${sync.posts} posts in ${(sync.rxdbMs / 1000).toFixed(1)} s`);
  for (let pass = 1; pass <= passes; pass += 1) {
    const profiler = profileFirst && pass === 1 ? await startPageProfile(device.page) : null;
    const profileStart = Date.now();
    const result = await measureSearch(device.page);
    figures.push(result);
    const paints = result.queries.map((query) => query.paintMs);
    console.log(
      `pass ${pass}: ${result.entries} entries, gathered ${ms(result.gatherMs)}, indexed ${ms(result.indexMs)}, ready ${ms(result.readyMs)}; ` +
        `keystroke → hits painted ${result.queries.map((query) => `${query.query} ${ms(query.paintMs)} (worker ${ms(query.workerMs)})`).join(', ')}; ` +
        `slowest ${ms(Math.max(...paints))}, median ${ms(median(paints))}`,
    );
    if (profiler) {
      const profile = await profiler.stop();
      fs.writeFileSync('/tmp/search-pass.cpuprofile', JSON.stringify(profile));
      // The app's marks and measures on the profile's clock (wall time: the pass is a new page).
      const entries = await device.page.evaluate(() =>
        performance
          .getEntries()
          .filter((entry) => entry.name.startsWith('renraku:'))
          .map((entry) => ({ name: entry.name, at: performance.timeOrigin + entry.startTime, duration: entry.duration })),
      );
      const since = (wall: number) => Math.round(wall - profileStart);
      for (const entry of entries)
        console.log(
          `  ${String(since(entry.at)).padStart(6)} ms  ${entry.name}${entry.duration ? ` (${Math.round(entry.duration)} ms)` : ''}`,
        );
      const ready = entries.find((entry) => entry.name === 'renraku:search-ready');
      summariseProfile(profile, snapshot.root, {
        functions: 30,
        windows: ready ? [[since(ready.at + ready.duration), Infinity]] : undefined,
        start: 'the pass, just before My patients opened',
      });
    }
  }
  await device.context.close();
} finally {
  await close();
}
const slowest = figures.map((result) => Math.max(...result.queries.map((query) => query.paintMs)));
const all = figures.flatMap((result) => result.queries.map((query) => query.paintMs));
console.log(
  `${figures.length} passes: slowest keystroke of each ${slowest.map(ms).join(' / ')} (target ≤ 100 ms); ` +
    `median of all ${all.length} keystrokes ${ms(median(all))}; ready after focus, median ${ms(median(figures.map((result) => result.readyMs)))}`,
);
