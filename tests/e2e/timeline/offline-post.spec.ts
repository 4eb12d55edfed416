/** A post written offline is kept on the device, survives a reload and is sent by itself once online. */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn, unlock } from '../support/sign-in';
import {
  demoPatients,
  newDevice,
  notSentMarker,
  openTimeline,
  postsWith,
  syncStatus,
  uniqueText,
  waitUntilSynced,
  writePost,
} from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };
const yamada = demoPatients.yamada;

/**
 * The post waits, and possibly read receipts too: the timeline marks posts read as they come into
 * view, offline as well (on a wide screen, beside the patient list, more of them at once).
 */
const waitingOffline = /Offline \([1-9]\d* waiting\)/;

test('a post written offline is kept, then synced by itself and seen by the team @tablet', async ({ page, context, browser }) => {
  // Two devices sign in, one goes offline and back: 38–52 s alone, over 60 s beside other specs (CI).
  test.setTimeout(120_000);
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  await expect(page.getByText(yamada.post, { exact: true })).toBeVisible();
  await waitForServiceWorker(page);

  // A teammate on another device keeps the same timeline open, online, and never reloads it.
  const doctorContext = await newDevice(browser);
  try {
    const teammate = await doctorContext.newPage();
    await signIn(teammate, doctor);
    await openTimeline(teammate, yamada.name);
    await waitUntilSynced(teammate);

    await context.setOffline(true);
    await page.reload();
    await unlock(page, demoPassword);
    await expect(page.getByRole('heading', { level: 1, name: yamada.name, exact: true })).toBeVisible();
    await expect(page.getByText(yamada.post, { exact: true })).toBeVisible();
    await expect(syncStatus(page)).toContainText('Offline');

    const body = uniqueText('offline post');
    await writePost(page, body);
    await expect(postsWith(page, body)).toHaveCount(1);
    await expect(notSentMarker(page, body)).toBeVisible();
    await expect(syncStatus(page)).toHaveText(waitingOffline);

    await page.reload();
    await unlock(page, demoPassword);
    await expect(postsWith(page, body)).toHaveCount(1);
    await expect(notSentMarker(page, body)).toBeVisible();
    await expect(syncStatus(page)).toHaveText(waitingOffline);
    await expect(postsWith(teammate, body)).toHaveCount(0);

    // Back online: nothing is clicked; the app sends it by itself.
    await context.setOffline(false);
    await expect(notSentMarker(page, body)).toHaveCount(0, { timeout: 20_000 });
    await expect(postsWith(page, body)).toHaveCount(1);
    await expect(syncStatus(page)).toContainText('Synced');

    await expect(postsWith(teammate, body)).toHaveCount(1, { timeout: 20_000 });
    await expect(notSentMarker(teammate, body)).toHaveCount(0);
  } finally {
    await context.setOffline(false);
    await doctorContext.close();
  }
});
