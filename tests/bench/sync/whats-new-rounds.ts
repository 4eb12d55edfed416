/**
 * `npm run bench:whats-new`: bench:sync's What's new figure alone, with where each opening's time
 * goes — for an A/B of a change on that path without the whole bench. demo-nurse's device syncs
 * the 20,000 posts; demo-doctor then writes `BENCH_WHATS_NEW_UNREAD` posts (2,000) on her patients,
 * and once they are on the device What's new is opened `BENCH_WHATS_NEW_RUNS` times (4), each a
 * fresh page as bench:sync's are: the first without a kept copy of the screen, the others with it.
 * Prints each opening's first post painted and every post looked through, with the app's
 * `renraku:*` marks (the page's start, the unread posts' recent window and its whole pass), then
 * the medians. `BENCH_ON_DISK=1` keeps the device's IndexedDB on disk; `BENCH_APP_SOURCE` serves
 * another build (a directory holding its `.next` and `public/`); `BENCH_WHATS_NEW_PROFILE=1` opens
 * it once more under a CPU profile (written to /tmp/whats-new.cpuprofile) and summarises the whole
 * pass's span (`unread:all-asked` → `unread:all`) by function.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { benchOnDisk, newDeviceWhere, waitForLocalPosts } from './browser';
import { startFirstSyncWorld } from './first-sync-world';
import { measureInitialSync } from './initial-sync';
import { appMarks } from './paint-recorder';
import { startPageProfile, summariseProfile } from './profile-summary';
import { median } from './report';
import { addColleaguePosts, visiblePosts } from './seed';
import { measureWhatsNew } from './whats-new';

const runs = Number(process.env.BENCH_WHATS_NEW_RUNS ?? 4);
const unread = Number(process.env.BENCH_WHATS_NEW_UNREAD ?? 2_000);
const profiled = process.env.BENCH_WHATS_NEW_PROFILE === '1';
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

/** One more opening under a CPU profile: the whole pass's span summarised by function. */
async function profileOpening(page: Page, buildRoot: string): Promise<void> {
  const profiler = await startPageProfile(page);
  const profileStart = Date.now();
  await page.goto('/whats-new', { waitUntil: 'commit' });
  await page.locator('.whats-new [data-unread-total]:not(#renraku-early-screen *)').waitFor({ timeout: 60_000 });
  const profile = await profiler.stop();
  fs.writeFileSync('/tmp/whats-new.cpuprofile', JSON.stringify(profile));
  // The marks are ms after the page's start; the profile's spans, ms after its own.
  const marks = await appMarks(page);
  const pageStart = (await page.evaluate(() => performance.timeOrigin)) - profileStart;
  const from = pageStart + (marks['unread:all-asked'] ?? 0);
  const to = marks['unread:all'] === undefined ? Infinity : pageStart + marks['unread:all'];
  console.log(`profiled opening: the whole pass from ${Math.round(from)} to ${Math.round(to)} ms after the profile's start`);
  summariseProfile(profile, buildRoot, { functions: 30, windows: [[from, to]], start: 'the opening, just before the navigation' });
}

const { world, expected, patientIds, snapshot, server, browser, close } = await startFirstSyncWorld(
  Number(process.env.BENCH_SYNC_PORT ?? 3472),
  process.env.BENCH_APP_SOURCE,
);
const paints: number[] = [];
const completes: number[] = [];
try {
  const device = await newDeviceWhere(benchOnDisk, browser, server.baseUrl);
  try {
    const sync = await measureInitialSync(device.page, server.baseUrl, expected);
    console.log(
      `IndexedDB ${benchOnDisk ? 'on disk' : 'in memory'}; initial sync: ${sync.posts} posts in ${(sync.rxdbMs / 1000).toFixed(1)} s`,
    );
    addColleaguePosts(world, patientIds, unread);
    await device.page.goto('/');
    const onDevice = await waitForLocalPosts(device.page, visiblePosts(world, world.nurse.userId), 120_000);
    await device.page.waitForTimeout(1_000);
    console.log(`${onDevice.count} posts on the device, ${unread} of them demo-doctor's, unread`);
    for (const [index, result] of (await measureWhatsNew(device.page, runs)).entries()) {
      paints.push(result.paintMs);
      completes.push(result.completeMs);
      const shown = Object.entries(result.marks)
        .sort(([, a], [, b]) => a - b)
        .map(([name, at]) => `${name} ${Math.round(at)}`)
        .join(', ');
      console.log(
        `run ${index + 1}: first post painted ${ms(result.paintMs)}, every post looked through ${ms(result.completeMs)} (${result.unread} unread)\n  marks: ${shown}`,
      );
    }
    if (profiled) await profileOpening(device.page, snapshot.root);
  } finally {
    await device.close();
  }
} finally {
  await close();
}
console.log(
  `median of ${runs}: first post painted ${ms(median(paints))} (runs ${paints.map(ms).join(' / ')}; target ≤ 300 ms), ` +
    `every post looked through ${ms(median(completes))}`,
);
