/**
 * `npm run bench:sync-profile`: a CPU profile of demo-nurse's first sync of 20,000 posts (the
 * bench's initial-sync figure), summarised by self time per script and per function, each with
 * the start of its minified source. Writes the whole profile to /tmp/initial-sync.cpuprofile
 * (open it in Chromium's DevTools). Not part of `npm run bench`: it explains that figure.
 * `BENCH_ON_DISK=1` profiles a device whose IndexedDB is on disk, as a tablet's is; `BENCH_APP_SOURCE`
 * profiles another build (as bench:initial-sync).
 */
import fs from 'node:fs';
import { benchOnDisk as onDisk, newDeviceWhere, signIn, waitForLocalPosts } from './browser';
import { startFirstSyncWorld } from './first-sync-world';
import { summariseProfile, type Profile } from './profile-summary';

async function main() {
  const { expected, snapshot, server, browser, close } = await startFirstSyncWorld(
    Number(process.env.BENCH_SYNC_PORT ?? 3450),
    process.env.BENCH_APP_SOURCE,
  );
  try {
    const device = await newDeviceWhere(onDisk, browser, server.baseUrl);
    const { page, context } = device;
    console.log(`IndexedDB ${onDisk ? 'on disk' : 'in memory'}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const pulls: Array<{ collection: string; asked: number; answered: number }> = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.pathname !== '/api/sync/pull') return;
      const timing = request.timing();
      pulls.push({
        collection: url.searchParams.get('collection') ?? '?',
        asked: timing.startTime,
        answered: timing.startTime + timing.responseEnd,
      });
    });
    await cdp.send('Profiler.start');
    const at = await signIn(page, server.baseUrl, 'demo-nurse');
    const done = await waitForLocalPosts(page, expected, 150_000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(`synced ${done.count} posts in ${done.at - at} ms`);
    const since = (ms: number) => `${((ms - at) / 1000).toFixed(1).padStart(5)} s`;
    const posts = pulls.filter((pull) => pull.collection === 'posts');
    console.log(`--- ${pulls.length} pulls, ${posts.length} of posts; after the sign-in's answer (asked → answered):`);
    for (const pull of posts) console.log(`  ${since(pull.asked)} → ${since(pull.answered)}`);
    console.log(`  first pull of any collection asked at ${since(Math.min(...pulls.map((pull) => pull.asked)))}`);
    // The other collections' pulls share the server (and the first seconds) with the posts'.
    const others = pulls.filter((pull) => pull.collection !== 'posts').sort((a, b) => a.asked - b.asked);
    console.log(`  the other collections' ${others.length} pulls (asked → answered):`);
    for (const pull of others) console.log(`  ${since(pull.asked)} → ${since(pull.answered)}  ${pull.collection}`);
    // The app's own marks of its start (app/_lib/perf-mark.ts), on the same clock.
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((mark) => ({ name: mark.name, at: performance.timeOrigin + mark.startTime })),
    );
    for (const mark of marks) console.log(`  ${since(mark.at)}  ${mark.name}`);
    fs.writeFileSync('/tmp/initial-sync.cpuprofile', JSON.stringify(profile));
    summariseProfile(profile, snapshot.root);
    await device.close();
  } finally {
    await close();
  }
}
void main();
