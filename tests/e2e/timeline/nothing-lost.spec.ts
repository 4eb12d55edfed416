/**
 * Nothing a nurse writes is lost: a session that runs out while the tablet is offline keeps the
 * unsent post and sends it after she signs in again; signing out asks first when work waits (a
 * post, a form draft); a photo still being prepared holds Post back instead of being dropped.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { demoAccounts, demoPassword } from '../support/accounts';
import { holdDeviceDatabases, releaseDeviceDatabases } from '../support/hold-databases';
import { reachUnlocked } from '../support/lock';
import { baseUrlOf, shortIdleMs } from '../support/servers';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn, submitSignIn, unlock } from '../support/sign-in';
import {
  chosenFiles,
  demoPatients,
  fixturePhoto,
  notSentMarker,
  openTimeline,
  postsWith,
  preparedWithin,
  syncStatus,
  uniqueText,
  waitUntilSynced,
  writePost,
} from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const yamada = demoPatients.yamada;
const report = 'Visiting nursing report (訪問看護報告書)';

/** The user databases of the app in this browser (the RxDB collections and the outbox). */
function userDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => /^(rxdb-dexie-renraku-|renraku-outbox-)/.test(name)),
  );
}

/**
 * Goes offline right after a sync round trip (Send now), once the service worker controls the
 * page: on the server whose sessions end after 10 s idle, waiting for the worker after the last
 * request could let the session run out while still online.
 */
async function offlineWithUnsentPost(page: Page, label: string): Promise<string> {
  await openTimeline(page, yamada.name);
  await waitForServiceWorker(page);
  await waitUntilSynced(page);
  await page.context().setOffline(true);
  const body = uniqueText(label);
  await writePost(page, body);
  await expect(notSentMarker(page, body)).toBeVisible();
  return body;
}

test.describe('a session that ran out offline', () => {
  test.use({ baseURL: baseUrlOf('shortIdle') });

  test('keeps the unsent post, asks the same nurse to sign in again, then sends it @tablet', async ({ page, context }) => {
    // The service worker first (installing it takes seconds on a busy machine), so that from
    // sign-in on nothing pauses longer than the 10 s the session may stay idle while online.
    await page.goto('/signin');
    await waitForServiceWorker(page);
    await signIn(page, nurse);
    const body = await offlineWithUnsentPost(page, 'written before expiry');
    await page.waitForTimeout(shortIdleMs + 1_500);
    await context.setOffline(false);
    await page.reload();

    // No patient data on screen: the sign-in page, saying why and that the work is kept.
    await expect(page).toHaveURL((url) => url.pathname === '/signin');
    await expect(page.getByRole('status')).toContainText('You were signed out after a period of inactivity');
    await expect(page.getByRole('status')).toContainText('kept on this device');
    await expect(page.getByText(`unsent items of ${nurse.name} are waiting on this device`)).toBeVisible();
    await expect(page.getByLabel('Login ID', { exact: true })).toHaveValue(nurse.loginId);
    expect(await userDatabases(page)).not.toEqual([]);

    await submitSignIn(page, nurse, { stay: true });
    await openTimeline(page, yamada.name);
    await expect(postsWith(page, body)).toHaveCount(1);
    await expect(notSentMarker(page, body)).toHaveCount(0, { timeout: 20_000 });
    await expect(syncStatus(page)).toContainText('Synced');
  });
});

test('signing out with unsent work asks first: keep it, or discard it after a second confirmation @tablet', async ({ page }) => {
  // A post and a form written offline, with the app opened again twice: past a minute on a busy machine.
  test.setTimeout(120_000);
  await signIn(page, nurse);
  await offlineWithUnsentPost(page, 'sign-out question');
  // A form begun offline is unsent work too: a report draft with its course of illness typed.
  await page.getByRole('link', { name: /^Forms/ }).click();
  await page.getByRole('button', { name: `New ${report}` }).click();
  await reachUnlocked(page, page.getByRole('heading', { level: 1, name: new RegExp(`^${report.replace(/[()]/g, '\\$&')}`) }), demoPassword);
  await page.getByRole('textbox', { name: /^Course of illness \(病状の経過\)/ }).fill(uniqueText('経過'));
  await expect(page.getByText(/^Saved on this device/)).toBeVisible();
  await page.goto('/');
  await unlock(page, demoPassword);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Unsent work on this device' });
  await expect(dialog.getByRole('listitem')).toHaveText(['1 post', 'Forms (drafts or finalised): 1']);
  await expect(dialog.getByRole('button', { name: 'Keep it and stay signed in' })).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Send now, then sign out' })).toHaveCount(0); // offline
  await dialog.getByRole('button', { name: 'Keep it and stay signed in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: nurse.name })).toBeVisible();
  // Kept (encrypted, so found by its databases and the count of what waits, not by its text).
  expect(await userDatabases(page)).not.toEqual([]);
  await expect(syncStatus(page)).toContainText('Offline (2 waiting)');

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await dialog.getByRole('button', { name: 'Sign out and discard' }).click();
  await expect(page.getByRole('dialog', { name: 'Discard it for good?' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Sign out and discard' }).click();
  await page.getByRole('button', { name: 'Discard and sign out' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/signin');
  expect(await userDatabases(page)).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('renraku.keyRing.')))).toEqual([]);
  await page.context().setOffline(false);
});

test('Send now, then sign out: the post reaches the server before the device is wiped @tablet', async ({ page, context }) => {
  await signIn(page, nurse);
  const body = await offlineWithUnsentPost(page, 'sent at sign-out');
  await page.goto('/');
  await unlock(page, demoPassword);
  // Back online, but the pushes fail for now: otherwise the replication may send the post before
  // Sign out is tapped, and no question is asked (which is right, and not what this test is about).
  const pushes = (url: URL) => url.pathname.startsWith('/api/trpc/') && url.pathname.includes('sync.push');
  await page.route(pushes, (route) => route.abort('connectionrefused'));
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Unsent work on this device' });
  await expect(dialog).toContainText('1 post');
  await page.unroute(pushes);
  await dialog.getByRole('button', { name: 'Send now, then sign out' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/signin', { timeout: 30_000 });

  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await expect(postsWith(page, body)).toHaveCount(1);
  await expect(notSentMarker(page, body)).toHaveCount(0);
});

test('a 12 MP photo posted at once is never dropped: Post waits until it is prepared @tablet', async ({ page }) => {
  const file = path.join(os.tmpdir(), `renraku-12mp-${process.pid}.jpg`);
  // A camera-like 12 MP photo (4000 × 3000 of noise), made here rather than kept in the repository.
  await sharp({
    create: { width: 4000, height: 3000, channels: 3, background: '#c08060', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  })
    .jpeg({ quality: 90 })
    .toFile(file);
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  const body = uniqueText('quick post');
  await page.getByLabel('Message', { exact: true }).fill(body);
  await page.getByLabel('Add photo').setInputFiles(file);
  const post = page.getByRole('button', { name: 'Preparing photos…' });
  await expect(post).toBeDisabled();
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postsWith(page, body).getByRole('group', { name: 'Attachments' }).getByRole('img')).toHaveCount(1, preparedWithin);
  await expect(chosenFiles(page)).toHaveCount(0);
  await fs.rm(file, { force: true });
});

test('a photo chosen before the device database has opened waits for it, and is not dropped @tablet', async ({ page }) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  // The next load holds the opening of the device's databases: ci81 chose two photos while the
  // composer showed from the kept copy, and they were dropped without a word.
  await holdDeviceDatabases(page);
  await page.reload();
  await reachUnlocked(page, page.getByLabel('Message', { exact: true }), demoPassword);
  const body = uniqueText('photo before the database');
  await page.getByLabel('Message', { exact: true }).fill(body);
  await page.getByLabel('Add photo').setInputFiles(fixturePhoto('orientation/Portrait_6.jpg'));
  await expect(page.getByText('Preparing 1 file(s)…')).toBeVisible();
  await releaseDeviceDatabases(page);
  await expect(chosenFiles(page)).toHaveCount(1, preparedWithin);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postsWith(page, body).getByRole('group', { name: 'Attachments' }).getByRole('img')).toHaveCount(1, preparedWithin);
});

test('text typed and a photo chosen before the device database has opened join the saved draft @tablet', async ({ page }) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  // A draft with a photo, kept on the device (as when the camera app pushed the page out of memory).
  const before = uniqueText('saved draft');
  await page.getByLabel('Message', { exact: true }).fill(before);
  await page.getByLabel('Add photo').setInputFiles(fixturePhoto('orientation/Portrait_6.jpg'));
  await expect(chosenFiles(page)).toHaveCount(1, preparedWithin);

  // The page comes back slow to open its database: the composer shows empty from the kept copy,
  // and the nurse goes on writing and chooses a second photo.
  await holdDeviceDatabases(page);
  await page.reload();
  const message = page.getByLabel('Message', { exact: true });
  await reachUnlocked(page, message, demoPassword);
  const after = uniqueText('typed before the database');
  await message.fill(after);
  await page.getByLabel('Add photo').setInputFiles(fixturePhoto('exif/phone-jolla.jpg'));
  await releaseDeviceDatabases(page);

  // Both texts and both photos are in the one draft, and kept: a reload shows them again.
  await expect(message).toHaveValue(`${before}\n${after}`);
  await expect(chosenFiles(page)).toHaveCount(2, preparedWithin);
  await page.reload();
  await reachUnlocked(page, message, demoPassword);
  await expect(message).toHaveValue(`${before}\n${after}`);
  await expect(chosenFiles(page)).toHaveCount(2, preparedWithin);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postsWith(page, after).getByRole('group', { name: 'Attachments' }).getByRole('img')).toHaveCount(2, preparedWithin);
});
