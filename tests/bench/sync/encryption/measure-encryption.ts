/**
 * Figure: what encryption at rest costs, against the same run's plain baseline. Two devices of
 * demo-nurse sign in, one for each kind of storage; on each, a blank page of the app's origin (its
 * cookies apply, none of the app's own code runs beside) gets the harness (./harness.ts), which
 * drives the app's database, replication and timeline window on plain RxDB storage or on the
 * encrypted storage, under fresh database names. The runs alternate between the two (plain,
 * encrypted, encrypted, plain, …: a machine getting busier or quieter over the run weighs on both
 * alike).
 *
 * Why a device each: IndexedDB keeps all of an origin's databases in one store, and every sync
 * into it costs more than the one before (stop 53: six syncs into one in-memory profile took 56,
 * 59, 66, 100, 120 and 155 s, so the kinds' medians depended on their places in the order). On a
 * device of its own, each kind's n-th database goes into a store holding n − 1 others, as the
 * other kind's does.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newDevice, signIn } from '../browser';
import { bundleHarness } from './bundle-harness';
import type { EncryptionBench, InitialSyncRun, PropagationRun, StorageKind, TimelineOpenRun } from './harness-api';

export interface EncryptionFigures {
  /** Every collection pulled once on each device, nothing stored, before the first measured sync: the devices' time together. */
  warmUp: { ms: number; documents: number };
  initialSync: InitialSyncRun[];
  timeline: TimelineOpenRun[];
  propagation: PropagationRun[];
}

export interface EncryptionShape {
  /** Databases of each kind synced (≥ 2: propagation needs a pair of each). */
  rounds: number;
  /**
   * Reopenings of every synced database for the timeline: first with the replication started beside
   * (as the app opens; the first reopen after a sync has RxDB walk every synced document once), then
   * the data path alone.
   */
  timelineRounds: { replicating: number; alone: number };
  /** Posts sent from one database to the other, per kind (split over `rounds` blocks). */
  propagationPosts: number;
}

type BenchWindow = Window & { renrakuEncryptionBench: EncryptionBench };

/** Served to this bench's page only (Playwright answers it): never a route of the app. */
const harnessPath = '/__bench-encryption';

/** plain, encrypted, encrypted, plain, plain, encrypted… */
function alternating(rounds: number): StorageKind[] {
  return Array.from({ length: rounds }, (_, round): StorageKind[] =>
    round % 2 === 0 ? ['plain', 'encrypted'] : ['encrypted', 'plain'],
  ).flat();
}

const kinds: StorageKind[] = ['plain', 'encrypted'];

const databaseName = (kind: StorageKind, round: number) => `bench-${kind}-${round}`;

async function openHarness(page: Page, baseUrl: string, bundle: string): Promise<void> {
  await page.route(`${baseUrl}${harnessPath}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>bench</title>' }),
  );
  await page.goto(harnessPath);
  await page.addScriptTag({ path: bundle });
  await page.waitForFunction(() => 'renrakuEncryptionBench' in window);
}

export async function measureEncryption(
  browser: Browser,
  baseUrl: string,
  options: EncryptionShape & { userId: string; timelinePatientId: string; propagationPatientId: string; log: (message: string) => void },
): Promise<EncryptionFigures> {
  if (options.rounds < 2) throw new Error('the encryption figures need at least two rounds');
  const bundle = await bundleHarness();
  const devices: Array<{ context: BrowserContext; page: Page }> = [];
  try {
    const pages = {} as Record<StorageKind, Page>;
    let warmUp = { ms: 0, documents: 0 };
    for (const kind of kinds) {
      // Service workers blocked: Playwright then answers the harness page itself, and no worker of the app runs beside it.
      const device = await newDevice(browser, baseUrl, { serviceWorkers: 'block' });
      devices.push(device);
      pages[kind] = device.page;
      await signIn(device.page, baseUrl, 'demo-nurse');
      // Leave the home screen at once: the app's own first sync there would compete with the harness.
      await openHarness(device.page, baseUrl, bundle.file);
      await device.page.waitForTimeout(1_000);
      const warmed = await device.page.evaluate(() => (window as unknown as BenchWindow).renrakuEncryptionBench.warmUp());
      warmUp = { ms: warmUp.ms + warmed.ms, documents: warmed.documents };
    }

    const order = alternating(options.rounds);
    const rounds = new Map<StorageKind, number>();
    const synced = order.map((kind) => {
      const round = (rounds.get(kind) ?? 0) + 1;
      rounds.set(kind, round);
      return { kind, name: databaseName(kind, round) };
    });
    const initialSync: InitialSyncRun[] = [];
    for (const { kind, name } of synced) {
      options.log(`  initial sync into ${name}`);
      initialSync.push(
        await pages[kind].evaluate(({ kind, name }) => (window as unknown as BenchWindow).renrakuEncryptionBench.initialSync(kind, name), {
          kind,
          name,
        }),
      );
      await pages[kind].waitForTimeout(1_000);
    }

    const timeline: TimelineOpenRun[] = [];
    const { replicating, alone } = options.timelineRounds;
    options.log(`  timeline window: ${replicating} rounds replicating, ${alone} alone, over the ${synced.length} databases`);
    for (let round = 0; round < replicating + alone; round += 1) {
      // Every other round in reverse, so no database is always the first opened.
      for (const { kind, name } of round % 2 === 0 ? synced : [...synced].reverse()) {
        timeline.push(
          await pages[kind].evaluate(
            ({ kind, name, patientId, replicating }) =>
              (window as unknown as BenchWindow).renrakuEncryptionBench.timelineOpen(kind, name, patientId, replicating),
            { kind, name, patientId: options.timelinePatientId, replicating: round < replicating },
          ),
        );
        await pages[kind].waitForTimeout(300);
      }
    }

    const propagation: PropagationRun[] = [];
    const perBlock = Math.ceil(options.propagationPosts / options.rounds);
    const blocks = new Map<StorageKind, number>();
    for (const kind of order) {
      const block = (blocks.get(kind) ?? 0) + 1;
      blocks.set(kind, block);
      // Every other block sends the other way: both databases of a kind send and receive.
      const [sender, receiver] =
        block % 2 === 1 ? [databaseName(kind, 1), databaseName(kind, 2)] : [databaseName(kind, 2), databaseName(kind, 1)];
      options.log(`  propagation ${sender} → ${receiver}, ${perBlock} posts`);
      propagation.push(
        await pages[kind].evaluate(
          ({ kind, sender, receiver, options }) =>
            (window as unknown as BenchWindow).renrakuEncryptionBench.propagation(kind, sender, receiver, options),
          {
            kind,
            sender,
            receiver,
            options: { userId: options.userId, patientId: options.propagationPatientId, count: perBlock, timeoutMs: 15_000 },
          },
        ),
      );
    }
    return { warmUp, initialSync, timeline, propagation };
  } finally {
    for (const { page, context } of devices) {
      await page.evaluate(() => (window as unknown as Partial<BenchWindow>).renrakuEncryptionBench?.cleanUp()).catch(() => undefined);
      await context.close();
    }
    bundle.remove();
  }
}
