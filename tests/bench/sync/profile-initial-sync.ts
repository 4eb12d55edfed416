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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

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
    const byNode = new Map<number, number>();
    profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const self = new Map<string, number>();
    const byUrl = new Map<string, number>();
    const sources = new Map<string, string>();
    for (const node of profile.nodes) {
      const ms = byNode.get(node.id) ?? 0;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      const u = url.split('/').pop() || functionName;
      byUrl.set(u, (byUrl.get(u) ?? 0) + ms);
      if (url.includes('/_next/') && !sources.has(key)) {
        const file = `${snapshot.root}/.next/${url.slice(url.indexOf('/_next/') + 7)}`;
        try {
          const line = fs.readFileSync(file, 'utf8').split('\n')[lineNumber] ?? '';
          sources.set(key, line.slice(columnNumber, columnNumber + 140));
        } catch {
          sources.set(key, '?');
        }
      }
    }
    // Each second of the profile: the page's own scripts, against idle, (program) and the collector.
    const kinds = new Map(
      profile.nodes.map((node) => [
        node.id,
        ['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName) ? node.callFrame.functionName : 'scripts',
      ]),
    );
    const seconds = new Map<number, Map<string, number>>();
    let clock = 0;
    profile.samples.forEach((id, i) => {
      clock += (profile.timeDeltas[i] ?? 0) / 1000;
      const second = Math.floor(clock / 1000);
      const row = seconds.get(second) ?? new Map<string, number>();
      const kind = kinds.get(id) ?? 'scripts';
      row.set(kind, (row.get(kind) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      seconds.set(second, row);
    });
    console.log('--- each second of the profile (from its start, just before the sign-in): ms of scripts / idle / program / GC');
    for (const [second, row] of [...seconds.entries()].sort((a, b) => a[0] - b[0])) {
      const ms = (kind: string) => (row.get(kind) ?? 0).toFixed(0).padStart(4);
      console.log(`  ${String(second).padStart(3)} s  ${ms('scripts')} ${ms('(idle)')} ${ms('(program)')} ${ms('(garbage collector)')}`);
    }
    const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
    console.log('--- by script');
    for (const [k, v] of top(byUrl, 15)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
    console.log('--- by function (self)');
    for (const [k, v] of top(self, 45)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}\n            ${sources.get(k) ?? ''}`);
    await device.close();
  } finally {
    await close();
  }
}
void main();
