/** Turns the bench's measurements into the table's rows, each with its target from the issue. */
import { encryptionRows } from './encryption/encryption-rows';
import type { EncryptionFigures } from './encryption/measure-encryption';
import type { InitialSyncResult } from './initial-sync';
import type { Propagation } from './propagation';
import { median, ms, percentile, type Row } from './report';
import type { SearchFigures } from './search';
import type { RouteJs } from './route-js';
import type { InAppRun, TimelineRun } from './timeline';
import type { WhatsNewRun } from './whats-new';

export interface Results {
  /** `BENCH_SYNC_ONLY=encryption` measures only the encryption's cost. */
  only: 'encryption' | null;
  initialSync: InitialSyncResult | null;
  /** The same on a device whose IndexedDB is on disk (a browser profile), as a tablet's is. */
  initialSyncOnDisk: InitialSyncResult | null;
  propagation: Propagation[] | null;
  timeline: { goto: TimelineRun[]; inApp: InAppRun[] } | null;
  search: SearchFigures | null;
  whatsNew: { postsOnDevice: number; runs: WhatsNewRun[] } | null;
  /** Script bytes each route's cold load fetched. */
  routeJs: RouteJs[] | null;
  /** Encryption at rest against plain storage, a device each, same run. */
  encryption: EncryptionFigures | null;
  timelinePageAvailable: boolean;
  /** `byFigure`: the peak during each figure's measurement (the peak starts over before each). */
  serverRssMb: { afterStart: number | null; peak: number | null; byFigure: Record<string, number | null> };
  durationS: number;
  /** os.loadavg()[0] at the start and the end: figures from a busy machine are slower. */
  loadAverage: { start: number; end: number };
  errors: Record<string, string>;
}

const mb = (value: number | null) => (value === null ? 'unknown' : `${Math.round(value)} MB`);

export function summarise(results: Results, timelinePosts: number): Row[] {
  const { initialSync: initial, propagation, timeline, errors } = results;
  const missing = (figure: string) => (errors[figure] ? `error: ${errors[figure]}`.slice(0, 120) : 'timeline page not available');
  if (results.only === 'encryption') return [...encryptionRows(results.encryption, missing), ...machineRows(results)];
  const rows: Row[] = [];
  rows.push(...initialSyncRows(initial, 'in memory (a fresh context)', missing('initialSync')));
  rows.push(...initialSyncRows(results.initialSyncOnDisk, 'on disk (a browser profile, as a tablet)', missing('initialSyncOnDisk')));

  if (propagation) {
    const total = propagation.map((p) => p.totalMs);
    const pushed = propagation.map((p) => p.pushedMs).filter((value) => Number.isFinite(value));
    rows.push(
      { figure: `post on A → visible on B, median (${total.length} posts)`, value: ms(median(total)), target: '', met: null },
      {
        figure: 'post on A → visible on B, p95',
        value: ms(percentile(total, 95)),
        target: '≤ 1,000 ms',
        met: percentile(total, 95) <= 1_000,
      },
      {
        figure: '  (info) post on A → push answered, median / p95',
        value: `${ms(median(pushed))} / ${ms(percentile(pushed, 95))}`,
        target: '',
        met: null,
      },
    );
  } else rows.push({ figure: 'post on A → visible on B, p95', value: missing('propagation'), target: '≤ 1,000 ms', met: null });

  if (timeline) {
    const paint = median(timeline.goto.map((run) => run.paintMs));
    const inApp = median(timeline.inApp.map((run) => run.paintMs));
    const n = timeline.goto.length;
    rows.push(
      {
        figure: `timeline of ${timelinePosts.toLocaleString('en-US')} posts: goto → first post's text painted (median of ${n})`,
        value: ms(paint),
        target: '≤ 300 ms',
        met: paint <= 300,
      },
      { figure: '  (info) runs, first to last', value: timeline.goto.map((run) => ms(run.paintMs)).join(', '), target: '', met: null },
      {
        figure: '  (info) the figure until stop 27: the frame after the first article appeared, runs',
        value: timeline.goto.map((run) => ms(run.articleFrameMs)).join(', '),
        target: '',
        met: null,
      },
      {
        figure: '  (info) goto → timeline frame shown (patient found), median',
        value: ms(median(timeline.goto.map((run) => run.shellMs))),
        target: '',
        met: null,
      },
      {
        figure: `  in-app: click in patient list → first post's text painted (median of ${timeline.inApp.length})`,
        value: ms(inApp),
        target: '≤ 300 ms',
        met: inApp <= 300,
      },
      {
        figure: '  (info) the same to the frame after the first article appeared (until stop 27), runs',
        value: timeline.inApp.map((run) => ms(run.articleFrameMs)).join(', '),
        target: '',
        met: null,
      },
      {
        figure: '  (info) patient list busy after it appeared, median',
        value: ms(median(timeline.inApp.map((run) => run.listSettleMs))),
        target: '',
        met: null,
      },
    );
  } else rows.push({ figure: 'timeline: first post painted', value: missing('timeline'), target: '≤ 300 ms', met: null });

  rows.push(...searchRows(results.search, missing));
  if (results.whatsNew) {
    const { postsOnDevice, runs } = results.whatsNew;
    const paint = median(runs.map((run) => run.paintMs));
    rows.push(
      {
        figure: `What's new, ${postsOnDevice.toLocaleString('en-US')} posts on the device: goto → first post's text painted (median of ${runs.length})`,
        value: ms(paint),
        target: '≤ 300 ms',
        met: paint <= 300,
      },
      { figure: '  (info) runs, first to last', value: runs.map((run) => ms(run.paintMs)).join(', '), target: '', met: null },
      {
        figure: '  (info) the figure until stop 27: the frame after the first item appeared, runs',
        value: runs.map((run) => ms(run.itemFrameMs)).join(', '),
        target: '',
        met: null,
      },
      {
        figure: `  (info) goto → every post looked through, ${runs[0]?.unread ?? 0} unread counted, median`,
        value: ms(median(runs.map((run) => run.completeMs))),
        target: '',
        met: null,
      },
    );
  } else rows.push({ figure: "What's new: first post painted", value: missing('whatsNew'), target: '≤ 300 ms', met: null });

  rows.push(...routeJsRows(results.routeJs, missing));
  rows.push(...encryptionRows(results.encryption, missing));
  rows.push(...machineRows(results));
  return rows;
}

function machineRows(results: Results): Row[] {
  const peak = results.serverRssMb.peak;
  return [
    { figure: 'server peak RSS (VmHWM)', value: mb(peak), target: '≤ 300 MB', met: peak === null ? null : peak <= 300 },
    { figure: '  (info) server RSS right after start', value: mb(results.serverRssMb.afterStart), target: '', met: null },
    ...Object.entries(results.serverRssMb.byFigure).map(([figure, value]) => ({
      figure: `  (info) server peak RSS during ${figure}`,
      value: mb(value),
      target: '',
      met: null,
    })),
    { figure: 'bench duration', value: `${results.durationS} s`, target: '', met: null },
    {
      figure: '  (info) machine load average (1 min), start / end',
      value: `${results.loadAverage.start.toFixed(1)} / ${results.loadAverage.end.toFixed(1)}`,
      target: '',
      met: null,
    },
  ];
}

function searchRows(search: SearchFigures | null, missing: (figure: string) => string): Row[] {
  if (!search) return [{ figure: 'search: query → hits painted', value: missing('search'), target: '≤ 100 ms', met: null }];
  const paint = search.queries.map((run) => run.paintMs);
  const slowest = Math.max(...paint);
  return [
    {
      figure: `search index build, ${search.entries.toLocaleString('en-US')} entries: in the worker`,
      value: ms(search.indexMs),
      target: '',
      met: null,
    },
    { figure: '  (info) gathering entries from RxDB, in the page', value: ms(search.gatherMs), target: '', met: null },
    { figure: '  (info) search box focused → index ready (gather + send + index)', value: ms(search.readyMs), target: '', met: null },
    {
      figure: `search: keystroke → hits painted, median / slowest of ${paint.length}`,
      value: `${ms(median(paint))} / ${ms(slowest)}`,
      target: '≤ 100 ms',
      met: slowest <= 100,
    },
    ...search.queries.map((run) => ({
      figure: `  (info) “${run.query}”: ${run.total.toLocaleString('en-US')} hits, worker / painted`,
      value: `${ms(run.workerMs)} / ${ms(run.paintMs)}`,
      target: '',
      met: null,
    })),
  ];
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

/** The timeline's route is the one the issue's target names; the others are shown beside it. */
function routeJsRows(routes: RouteJs[] | null, missing: (figure: string) => string): Row[] {
  if (!routes) return [{ figure: 'JavaScript of a cold load, gzip', value: missing('routeJs'), target: '≤ 300 KB', met: null }];
  return routes.flatMap((route) => {
    const timeline = route.route.startsWith('/patient?');
    const path = route.route.split('?')[0];
    const painted = route.beforePaint;
    return [
      {
        figure: `JavaScript of a cold load of ${path} before its first screen painted, gzip${painted ? ` (${painted.scripts} scripts)` : ''}`,
        value: painted ? kb(painted.gzipBytes) : 'no first-screen mark',
        target: timeline ? '≤ 300 KB' : '',
        met: timeline && painted ? painted.gzipBytes <= 300 * 1024 : null,
      },
      {
        figure: `  (info) ${path} until settled (2.5 s after load: the database's code, prefetches), ${route.scripts} scripts, ${kb(route.rawBytes)} decoded`,
        value: kb(route.gzipBytes),
        target: '',
        met: null,
      },
    ];
  });
}

function initialSyncRows(initial: InitialSyncResult | null, storage: string, missing: string): Row[] {
  if (!initial) return [{ figure: `initial sync into RxDB, IndexedDB ${storage}`, value: missing, target: '≤ 15,000 ms', met: null }];
  const floor = initial.fetchMs + initial.bulkPutMs;
  const ratio = initial.rxdbMs / floor;
  return [
    {
      figure: `initial sync into RxDB (${initial.posts.toLocaleString('en-US')} posts), IndexedDB ${storage}`,
      value: ms(initial.rxdbMs),
      target: '≤ 15,000 ms',
      met: initial.rxdbMs <= 15_000,
    },
    { figure: "  (info) sign-in → the pull's last checkpoint stored (sync over)", value: ms(initial.settledMs), target: '', met: null },
    {
      figure: `  baseline: fetch from pull API (${initial.fetchRequests} requests of 1000)`,
      value: ms(initial.fetchMs),
      target: '',
      met: null,
    },
    { figure: '  baseline: Dexie bulkPut alone', value: ms(initial.bulkPutMs), target: '', met: null },
    { figure: '  baseline: fetch + bulkPut', value: ms(floor), target: '', met: null },
    { figure: '  ratio RxDB / (fetch + bulkPut)', value: `${ratio.toFixed(2)}×`, target: '≤ 1.5', met: ratio <= 1.5 },
  ];
}
