/**
 * `npm run bench:trace-reopen`: where a reopened timeline's time goes, from navigation to its first
 * post's text painted (the bench's reopened-timeline figure). demo-nurse's device syncs a patient
 * of 5,000 posts, opens the timeline once (its copy is kept), then reopens it three times under a
 * Chromium trace. Prints the app's `renraku:*` marks and the main thread's work between them, by
 * kind (script, style, layout, paint…) and by the longest tasks, and writes the last trace to
 * /tmp/reopen-trace.json (open it in Chromium's DevTools, Performance). Not part of `npm run bench`:
 * it explains that figure.
 */
import fs from 'node:fs';
import { snapshotBuild } from './build-snapshot';
import { launchChromium, newDevice, signIn, waitForLocalPosts, waitForServiceWorkerInstalled } from './browser';
import { recordIdbReads, type IdbRead } from './idb-reads';
import { appMarks, recordPaint, recorded } from './paint-recorder';
import { summariseProfile, type Profile } from './profile-summary';
import { addNursePatients, visiblePosts, createBenchWorld, removeBenchWorld } from './seed';
import { startBenchServer } from './server-process';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/** The kinds of main-thread work the summary adds up (the rest is "other"). */
const kinds: Record<string, string> = {
  EvaluateScript: 'script: evaluate',
  'v8.compile': 'script: compile',
  'v8.compileModule': 'script: compile',
  FunctionCall: 'script: call',
  TimerFire: 'script: call',
  FireAnimationFrame: 'script: call',
  EventDispatch: 'script: call',
  RunMicrotasks: 'script: microtasks',
  'V8.GC_SCAVENGER': 'gc',
  MajorGC: 'gc',
  MinorGC: 'gc',
  ParseHTML: 'parse HTML',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
};

const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'];

async function main() {
  // BENCH_TRACE_RUNS=8 BENCH_TRACE=off: only the figures, without the trace's own cost;
  // BENCH_APP_SOURCE: another build (a directory holding its .next and public/), for an A/B.
  const runs = Number(process.env.BENCH_TRACE_RUNS ?? 3);
  const tracing = process.env.BENCH_TRACE !== 'off';
  const world = await createBenchWorld();
  const [patientId] = addNursePatients(world, 1, 5_000, 'タイムライン');
  if (!patientId) throw new Error('no patient seeded');
  // BENCH_TRACE_OTHERS=50: as many more patients of 400 posts each, the device as bench:sync's.
  addNursePatients(world, Number(process.env.BENCH_TRACE_OTHERS ?? 0), 400);
  const expected = visiblePosts(world, world.nurse.userId);
  const snapshot = await snapshotBuild(process.env.BENCH_APP_SOURCE);
  const server = await startBenchServer({ port: Number(process.env.BENCH_SYNC_PORT ?? 3460), dataDir: world.dataDir, root: snapshot.root });
  const browser = await launchChromium();
  try {
    const { page } = await newDevice(browser, server.baseUrl);
    await signIn(page, server.baseUrl, 'demo-nurse');
    await waitForLocalPosts(page, expected, 150_000);
    await waitForServiceWorkerInstalled(page);
    await page.addInitScript(recordPaint, {
      text: { selector: '.post-body', identifier: 'bench-post', key: 'traceText' },
      frames: [],
      tagForMs: 10_000,
    });
    if (process.env.BENCH_TRACE_COLD === 'idb') await page.addInitScript(recordIdbReads);
    // The first open keeps the copy the reopenings paint. BENCH_TRACE_COLD=1: it is traced too (a
    // cold open: no kept copy, the database's first read of the patient since the sync).
    // BENCH_TRACE_COLD=profile: a CPU profile of it instead, by function.
    const cold = tracing && process.env.BENCH_TRACE_COLD === '1';
    const coldProfile = process.env.BENCH_TRACE_COLD === 'profile' ? await page.context().newCDPSession(page) : null;
    if (cold) await browser.startTracing(page, { categories: traceCategories });
    if (coldProfile) {
      await coldProfile.send('Profiler.enable');
      await coldProfile.send('Profiler.setSamplingInterval', { interval: 200 });
      await coldProfile.send('Profiler.start');
    }
    await page.goto(`/patient?id=${patientId}`, { waitUntil: 'commit' });
    await page.locator('article.post').first().waitFor({ timeout: 60_000 });
    const coldPaintMs = await recorded(page, 'traceText');
    console.log(`first (cold) open: first post's text painted at ${Math.round(coldPaintMs)} ms`);
    const paintMs = coldPaintMs;
    if (process.env.BENCH_TRACE_COLD === 'idb') {
      const reads = await page.evaluate(() => (window as Window & { benchIdbReads?: IdbRead[] }).benchIdbReads ?? []);
      console.log(`\ncold open: first post's text painted at ${Math.round(paintMs)} ms; marks ${JSON.stringify(await appMarks(page))}`);
      for (const read of reads.filter((each) => each.askedMs < paintMs)) {
        console.log(
          `  ${Math.round(read.askedMs)}→${Math.round(read.answeredMs)} ms  ${read.records} records  ${read.method} ${read.database} ${read.source}`,
        );
      }
    }
    if (coldProfile) {
      const { profile } = (await coldProfile.send('Profiler.stop')) as { profile: Profile };
      console.log(`\ncold open: first post's text painted at ${Math.round(paintMs)} ms; marks ${JSON.stringify(await appMarks(page))}`);
      fs.writeFileSync('/tmp/cold-open.cpuprofile', JSON.stringify(profile));
      summariseProfile(profile, snapshot.root, { functions: 60, start: 'just before the cold open' });
      await coldProfile.detach();
    }
    if (cold) {
      const marks = await appMarks(page);
      await page.waitForTimeout(1_500);
      console.log(`\ncold open: first post's text painted at ${Math.round(paintMs)} ms; marks ${JSON.stringify(marks)}`);
      const buffer = await browser.stopTracing();
      fs.writeFileSync('/tmp/cold-trace.json', buffer);
      summarise((JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents, Math.round(paintMs), marks);
    }
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('renraku.screenCopy.timeline.')), null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(3_000);
    const pictures = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('renraku.screenCopy.firstPaint.')));
    console.log(`pictures kept: ${pictures.length}`);
    const painted: number[] = [];
    const paintedWithout: number[] = [];
    for (let run = 1; run <= runs; run += 1) {
      if (tracing) {
        await browser.startTracing(page, { categories: traceCategories });
      }
      // BENCH_TRACE_AB=1: every other reopening without the screen's picture (app/_lib/early-screen),
      // the app's kept copy then painting first, as before stop 31 — an A/B in one run.
      const withoutPicture = process.env.BENCH_TRACE_AB === '1' && run % 2 === 0;
      if (withoutPicture) {
        await page.evaluate(() => {
          for (const key of Object.keys(localStorage)) if (key.startsWith('renraku.screenCopy.firstPaint.')) localStorage.removeItem(key);
        });
      } else {
        // Kept again by the screen before (1.5 s after its live content settled).
        await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('renraku.screenCopy.firstPaint.')), null, {
          timeout: 30_000,
        });
      }
      await page.goto(`/patient?id=${patientId}`, { waitUntil: 'commit' });
      await page.locator('article.post').first().waitFor({ timeout: 30_000 });
      const paintMs = await recorded(page, 'traceText');
      const marks = await appMarks(page);
      // The key's release on the wire: asked → answer received (before the page's scripts could take it).
      const release = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('devices.unlockKey'))
          .map((entry) => {
            const timing = entry as PerformanceResourceTiming;
            const at = (ms: number) => Math.round(ms);
            // Through the service worker: its fetch event from workerStart, the server from requestStart.
            return `${at(timing.startTime)}→${at(timing.responseEnd)} (worker ${at(timing.workerStart)}, request ${at(timing.requestStart)}, response ${at(timing.responseStart)})`;
          }),
      );
      const document = await page.evaluate(() => {
        const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        // The page's first frame with content (the splash, or an early picture), for what a picture in it would gain.
        const firstContent = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        return entry
          ? `response ${Math.round(entry.responseStart)}–${Math.round(entry.responseEnd)} ms, interactive ${Math.round(entry.domInteractive)} ms, first content painted ${firstContent === undefined ? '—' : Math.round(firstContent)} ms`
          : '';
      });
      console.log(`  page: ${document}`);
      await page.waitForTimeout(1_500);
      console.log(
        `\nrun ${run}: first post's text painted at ${Math.round(paintMs)} ms; key release on the wire ${release.join(', ')} ms; marks ${JSON.stringify(marks)}`,
      );
      (withoutPicture ? paintedWithout : painted).push(Math.round(paintMs));
      if (!tracing) continue;
      const buffer = await browser.stopTracing();
      const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      if (run === runs) fs.writeFileSync('/tmp/reopen-trace.json', buffer);
      summarise(events, Math.round(paintMs), marks);
    }
    const summary = (label: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      console.log(
        `\nfirst post's text painted, ${label}${values.length} reopenings: median ${sorted[Math.floor(sorted.length / 2)]} ms, ${sorted.join(', ')}`,
      );
    };
    summary('', painted);
    if (paintedWithout.length > 0) summary('without the picture, ', paintedWithout);
  } finally {
    await browser.close();
    await server.stop();
    removeBenchWorld(world);
    snapshot.remove();
  }
}

/** The main thread's work from navigation to the paint, per segment between the app's marks. */
function summarise(events: TraceEvent[], paintMs: number, marks: Record<string, number>): void {
  // The renderer's main thread: the one that ran the page's scripts.
  const main = events.filter((event) => event.name === 'ParseHTML').at(-1);
  if (!main) return console.log('  (no renderer main thread found)');
  // Trace timestamps are microseconds on the monotonic clock; performance.timeOrigin is wall-clock ms.
  const navigation = events.filter((event) => event.name === 'navigationStart' && event.pid === main.pid).at(-1);
  if (!navigation) return console.log('  (no navigationStart in the trace)');
  const zero = navigation.ts;
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur);
  const bounds = [0, ...Object.values(marks).filter((at) => at < paintMs), paintMs].sort((a, b) => a - b);
  const names = new Map(Object.entries(marks).map(([name, at]) => [at, name]));
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? 0;
    if (to - from < 5) continue;
    const byKind = new Map<string, number>();
    let busy = 0;
    for (const event of onMain) {
      const start = (event.ts - zero) / 1000;
      const end = start + (event.dur ?? 0) / 1000;
      const overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap <= 0) continue;
      if (event.name === 'RunTask') busy += overlap;
      const kind = kinds[event.name];
      if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + overlap);
    }
    const parts = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, ms]) => `${kind} ${Math.round(ms)}`);
    console.log(
      `  ${String(from).padStart(4)}–${String(to).padEnd(4)} ms (${names.get(from) ?? 'navigation'} → ${names.get(to) ?? 'text painted'}): main thread busy ${Math.round(busy)} ms; ${parts.join(', ')}`,
    );
  }
  const tasks = onMain
    .filter((event) => event.name === 'RunTask' && (event.ts - zero) / 1000 < paintMs)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 6);
  console.log(
    `  longest tasks before the paint: ${tasks.map((task) => `${Math.round((task.dur ?? 0) / 1000)} ms at ${Math.round((task.ts - zero) / 1000)}`).join('; ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
