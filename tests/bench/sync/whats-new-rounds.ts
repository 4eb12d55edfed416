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
import { benchOnDisk, newDeviceWhere, waitForLocalPosts } from './browser';
import { startFirstSyncWorld } from './first-sync-world';
import { measureInitialSync } from './initial-sync';
import { median } from './report';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { summariseProfile, type Profile } from './profile-summary';
import { addColleaguePosts, visiblePosts } from './seed';
import { measureWhatsNew } from './whats-new';

const runs = Number(process.env.BENCH_WHATS_NEW_RUNS ?? 4);
const unread = Number(process.env.BENCH_WHATS_NEW_UNREAD ?? 2_000);
const profiled = process.env.BENCH_WHATS_NEW_PROFILE === '1';
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

/** One more opening under a CPU profile: the whole pass's span summarised by function. */
async function profileOpening(page: Page, buildRoot: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const profileStart = Date.now();
  await page.goto('/whats-new', { waitUntil: 'commit' });
  await page.locator('.whats-new [data-unread-total]:not(#renraku-early-screen *)').waitFor({ timeout: 60_000 });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.detach();
  fs.writeFileSync('/tmp/whats-new.cpuprofile', JSON.stringify(profile));
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('renraku:unread:all'))
        .map((mark) => [mark.name, performance.timeOrigin + mark.startTime]),
    ),
  );
  const from = (marks['renraku:unread:all-asked'] ?? profileStart) - profileStart;
  const to = (marks['renraku:unread:all'] ?? Date.now()) - profileStart;
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
