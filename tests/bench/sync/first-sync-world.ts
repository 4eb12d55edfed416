/**
 * What the scripts about demo-nurse's first sync start from: her 50 patients × 400 posts seeded,
 * the build served from a private copy, headless Chromium; `close()` takes it all down again.
 */
import type { Browser } from 'playwright-core';
import type { ExpectedPosts } from './browser';
import { snapshotBuild, type BuildSnapshot } from './build-snapshot';
import { launchChromium } from './browser';
import { addNursePatients, visiblePosts, createBenchWorld, removeBenchWorld, type BenchWorld } from './seed';
import { startBenchServer, type BenchServer } from './server-process';

export interface FirstSyncWorld {
  world: BenchWorld;
  /** The posts demo-nurse's device holds once synced. */
  expected: ExpectedPosts;
  /** The patients seeded for demo-nurse (none where `postsPerPatient` is 0). */
  patientIds: string[];
  snapshot: BuildSnapshot;
  server: BenchServer;
  browser: Browser;
  close(): Promise<void>;
}

/** `postsPerPatient`: of each of the nurse's 50 patients (0: none, the demo data alone). */
export async function startFirstSyncWorld(port: number, source?: string, postsPerPatient = 400): Promise<FirstSyncWorld> {
  const world = await createBenchWorld();
  const patientIds = postsPerPatient > 0 ? addNursePatients(world, 50, postsPerPatient) : [];
  const expected = visiblePosts(world, world.nurse.userId);
  const snapshot = await snapshotBuild(source);
  const server = await startBenchServer({ port, dataDir: world.dataDir, root: snapshot.root });
  const browser = await launchChromium();
  return {
    world,
    expected,
    patientIds,
    snapshot,
    server,
    browser,
    async close() {
      await browser.close();
      await server.stop();
      removeBenchWorld(world);
      snapshot.remove();
    },
  };
}
