/**
 * `npm run bench:sync-profile`: a CPU profile of demo-nurse's first sync of 20,000 posts (the
 * bench's initial-sync figure), summarised by self time per script and per function, each with
 * the start of its minified source. Writes the whole profile to /tmp/initial-sync.cpuprofile
 * (open it in Chromium's DevTools). Not part of `npm run bench`: it explains that figure.
 */
import fs from 'node:fs';
import { newDevice, signIn, waitForLocalPosts } from './browser';
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
  const { expected, snapshot, server, browser, close } = await startFirstSyncWorld(Number(process.env.BENCH_SYNC_PORT ?? 3450));
  try {
    const { page, context } = await newDevice(browser, server.baseUrl);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const at = await signIn(page, server.baseUrl, 'demo-nurse');
    const done = await waitForLocalPosts(page, expected, 150_000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(`synced ${done.count} posts in ${done.at - at} ms`);
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
    const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
    console.log('--- by script');
    for (const [k, v] of top(byUrl, 15)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
    console.log('--- by function (self)');
    for (const [k, v] of top(self, 45)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}\n            ${sources.get(k) ?? ''}`);
  } finally {
    await close();
  }
}
void main();
