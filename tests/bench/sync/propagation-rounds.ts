/**
 * `npm run bench:propagation`: bench:sync's post A → B figure alone, with where its time goes — for
 * an A/B of a change on that path without the whole bench. demo-nurse's device (A) syncs the
 * bench's 20,000 posts as in bench:sync (`BENCH_PROPAGATION_POSTS=0`: the demo data alone), demo-
 * doctor's (B) the demo data; both open 山田 花子's timeline and A posts `BENCH_PROPAGATION_COUNT`
 * times (20). Each post is timed from the click on Post, on the machine's one clock: A's push
 * request sent and answered, B's first request after it (the pull the server's nudge set off) sent
 * and answered, and the post on B's screen. `BENCH_PROPAGATION_PROFILE=1` takes a CPU profile of
 * each device over the posts (/tmp/propagation-a.cpuprofile, -b), summarised by function;
 * `BENCH_PROPAGATION_IDB=1` lists the IndexedDB reads in each post's wait (A: click → push; B: push
 * answered → on screen); `BENCH_PROPAGATION_TRACE=1` prints, for A's slowest push, every IndexedDB
 * transaction, cipher call and fetch from the click to the push (`./page-log.ts`).
 * `BENCH_APP_SOURCE` serves another build.
 */
import fs from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { newDevice, signIn, waitForServiceWorkerInstalled } from './browser';
import { startFirstSyncWorld } from './first-sync-world';
import { measureInitialSync } from './initial-sync';
import { summariseProfile, type Profile } from './profile-summary';
import { median, percentile } from './report';
import { measurePropagation } from './propagation';
import { recordIdbReads, type IdbRead } from './idb-reads';
import { logPageWaits } from './page-log';

const count = Number(process.env.BENCH_PROPAGATION_COUNT ?? 20);
const profile = process.env.BENCH_PROPAGATION_PROFILE === '1';
const idbReads = process.env.BENCH_PROPAGATION_IDB === '1';

interface Sent {
  url: string;
  body: string;
  sent: number;
  answered: number;
}

/** Every request of the page to the sync API or tRPC, with when it went out and when its answer was in (Date.now()). */
function recordRequests(page: Page): Sent[] {
  const sent: Sent[] = [];
  const open = new Map<Request, Sent>();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.includes('/api/')) return;
    const entry = { url, body: request.postData() ?? '', sent: Date.now(), answered: NaN };
    open.set(request, entry);
    sent.push(entry);
  });
  const done = (request: Request) => {
    const entry = open.get(request);
    if (entry) entry.answered = Date.now();
    open.delete(request);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return sent;
}

const { world, expected, snapshot, server, browser, close } = await startFirstSyncWorld(
  Number(process.env.BENCH_SYNC_PORT ?? 3480),
  process.env.BENCH_APP_SOURCE,
  Number(process.env.BENCH_PROPAGATION_POSTS ?? 400),
);
try {
  const a = await newDevice(browser, server.baseUrl);
  const sync = await measureInitialSync(a.page, server.baseUrl, expected);
  console.log(`device A (demo-nurse): ${sync.posts} posts synced in ${(sync.rxdbMs / 1000).toFixed(1)} s`);
  const b = await newDevice(browser, server.baseUrl);
  await signIn(b.page, server.baseUrl, 'demo-doctor');
  await waitForServiceWorkerInstalled(b.page);
  const onA = recordRequests(a.page);
  const onB = recordRequests(b.page);
  const clicks: number[] = [];
  await a.page.exposeFunction('benchClicked', (at: number) => clicks.push(at));
  await a.page.addInitScript(() => {
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element | null)?.closest?.('form.composer button[type="submit"]')) {
          void (window as Window & { benchClicked?: (at: number) => void }).benchClicked?.(Date.now());
        }
      },
      true,
    );
  });
  if (process.env.BENCH_PROPAGATION_TRACE === '1') await a.page.addInitScript(logPageWaits);
  if (idbReads) await Promise.all([a, b].map((device) => device.page.addInitScript(recordIdbReads)));
  const profilers = profile
    ? await Promise.all(
        [a, b].map(async (device) => {
          const cdp = await device.context.newCDPSession(device.page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
          return cdp;
        }),
      )
    : [];
  const profileStart = Date.now();
  const runs = await measurePropagation(a.page, b.page, world.yamadaId, count);
  // The warm-up post is the first click.
  const rows = runs.map((run, index) => {
    const clicked = clicks[index + 1] ?? NaN;
    const token = `-${index + 1}`;
    const push = onA.find((entry) => entry.url.includes('sync.push') && entry.sent >= clicked && entry.body.includes(token));
    const nudged = onB.find((entry) => push && entry.sent >= (push.answered ?? 0) - 50 && !entry.url.includes('sync.push'));
    return { run, clicked, push, nudged };
  });
  const since = (at: number | undefined, from: number) => (at === undefined || Number.isNaN(at) ? NaN : at - from);
  for (const [index, { run, clicked, push, nudged }] of rows.entries()) {
    console.log(
      `post ${String(index + 1).padStart(2)}: on B ${Math.round(run.totalMs)} ms; A's push sent ${since(push?.sent, clicked)}, answered ${since(push?.answered, clicked)}; ` +
        `B's next request sent ${since(nudged?.sent, clicked)}, answered ${since(nudged?.answered, clicked)} (${nudged ? new URL(nudged.url).pathname + new URL(nudged.url).search.slice(0, 40) : '-'})`,
    );
  }
  const figure = (label: string, values: number[]) => {
    const known = values.filter((value) => !Number.isNaN(value));
    console.log(`${label}: median ${Math.round(median(known))} ms, p95 ${Math.round(percentile(known, 95))} ms`);
  };
  figure(
    'click → on B',
    runs.map((run) => run.totalMs),
  );
  const steps: Array<[string, (row: (typeof rows)[number]) => number | undefined]> = [
    ["A's push sent", (row) => row.push?.sent],
    ["A's push answered", (row) => row.push?.answered],
    ["B's next request sent", (row) => row.nudged?.sent],
    ["B's next request answered", (row) => row.nudged?.answered],
  ];
  for (const [step, at] of steps)
    figure(
      `click → ${step}`,
      rows.map((row) => since(at(row), row.clicked)),
    );
  if (process.env.BENCH_PROPAGATION_TRACE === '1') {
    const log = await a.page.evaluate(() => (window as unknown as { benchLog: Array<[number, string]> }).benchLog);
    const clicksAt = log.filter(([, what]) => what === 'click').map(([at]) => at);
    const pushAfter = (at: number) => log.find(([when, what]) => when >= at && what.startsWith('fetch /api/trpc/sync.push'))?.[0] ?? at;
    // Not the warm-up post (the first click), which shares the device with the app's start.
    const worst = [...clicksAt.slice(1)].sort((x, y) => pushAfter(y) - y - (pushAfter(x) - x)).slice(0, 1);
    for (const at of worst) {
      console.log('\n--- a post');
      for (const [when, what] of log.filter(([when]) => when >= at - 200 && when <= pushAfter(at) + 20))
        console.log(`${(when - at).toFixed(1).padStart(8)} ${what}`);
    }
  }
  if (idbReads) {
    // Each device's IndexedDB reads in its posts' spans (as the profile's), by store or index and method.
    for (const [index, device] of [a, b].entries()) {
      const reads = await device.page.evaluate(() =>
        ((window as Window & { benchIdbReads?: IdbRead[] }).benchIdbReads ?? []).map((read) => ({
          ...read,
          at: performance.timeOrigin + read.askedMs,
        })),
      );
      const spans = rows.map(({ run, clicked, push }) =>
        index === 0 ? [clicked, push?.sent ?? clicked] : [push?.answered ?? clicked, clicked + run.totalMs],
      );
      // Each post's own: how many records its span read, and from where most.
      const perPost = spans.map(([from = 0, to = 0]) => {
        const within = reads.filter((read) => read.at >= from && read.at <= to);
        const most = new Map<string, number>();
        for (const read of within) most.set(read.source, (most.get(read.source) ?? 0) + read.records);
        const [top] = [...most].sort((x, y) => y[1] - x[1]);
        return `${within.reduce((sum, read) => sum + read.records, 0)}${top ? ` (${top[1]} ${top[0]})` : ''}`;
      });
      console.log(`records read in each post's span: ${perPost.join('; ')}`);
      const byKind = new Map<string, { reads: number; records: number }>();
      for (const read of reads) {
        if (!spans.some(([from = 0, to = 0]) => read.at >= from && read.at <= to)) continue;
        const key = `${read.method} ${read.database.replace(/^rxdb-dexie-[^-]+--/, '')} ${read.source}`;
        const sum = byKind.get(key) ?? { reads: 0, records: 0 };
        sum.reads += 1;
        sum.records += read.records;
        byKind.set(key, sum);
      }
      console.log(
        `\n=== device ${index === 0 ? 'A, click → push sent' : "B, A's push answered → on screen"}: IndexedDB reads over ${rows.length} posts`,
      );
      for (const [key, sum] of [...byKind].sort((x, y) => y[1].records - x[1].records).slice(0, 25))
        console.log(`  ${String(sum.reads).padStart(6)} reads ${String(sum.records).padStart(8)} records  ${key}`);
    }
  }
  for (const [index, cdp] of profilers.entries()) {
    const { profile: taken } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const name = index === 0 ? 'a' : 'b';
    fs.writeFileSync(`/tmp/propagation-${name}.cpuprofile`, JSON.stringify(taken));
    console.log(`\n=== device ${name.toUpperCase()}`);
    summariseProfile(taken, snapshot.root, { functions: 30, start: 'the timelines opening' });
    // Where each post waited: on A from the click to its push sent, on B from A's push answered to the post on B's screen.
    const windows = rows.map(({ run, clicked, push }): [number, number] =>
      index === 0
        ? [clicked - profileStart, (push?.sent ?? clicked) - profileStart]
        : [(push?.answered ?? clicked) - profileStart, clicked + run.totalMs - profileStart],
    );
    summariseProfile(taken, snapshot.root, { functions: 40, windows, start: 'the timelines opening' });
    console.log(`spans (ms after the profile's start): ${windows.map(([from, to]) => `${Math.round(from)}–${Math.round(to)}`).join(', ')}`);
  }
} finally {
  await close();
}
