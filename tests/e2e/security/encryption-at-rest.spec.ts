/**
 * A lost tablet reveals nothing: after syncing, no patient's name or post text is anywhere in the
 * origin's IndexedDB, Cache Storage or localStorage; left alone past the region's idle time the
 * screen locks and shows no patient, and the password brings the timeline back; past the offline
 * limit the password no longer opens the data, and an online sign-in does — the post written
 * offline meanwhile still arrives.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn, unlock } from '../support/sign-in';
import { waitForServiceWorker } from '../support/service-worker';
import {
  demoPatients,
  dumpIndexedDb,
  notSentMarker,
  openTimeline,
  postsWith,
  uniqueText,
  waitUntilSynced,
  writePost,
} from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const yamada = demoPatients.yamada;

test.skip(({ isMobile }) => !isMobile, 'the tablet projects: a tablet is what gets lost');

/** Everything the origin keeps in the browser, as text: IndexedDB, Cache Storage (URLs and bodies), localStorage. */
async function everythingStored(page: Page): Promise<string> {
  const indexed = await dumpIndexedDb(page);
  const rest = await page.evaluate(async () => {
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push(request.url, response ? await response.clone().text() : '');
      }
    }
    const local = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`);
    return JSON.stringify({ cached, local });
  });
  return indexed + rest;
}

test('after syncing, no patient name or post text is stored in clear anywhere @tablet', async ({ page }) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  const body = uniqueText('仙骨部の発赤 2cm');
  await writePost(page, body);
  await waitUntilSynced(page);
  await expect(postsWith(page, body)).toHaveCount(1);
  await expect(page.getByText(yamada.post, { exact: true })).toBeVisible();
  await waitForServiceWorker(page);

  const stored = await everythingStored(page);
  // The device does hold the data (sealed), and the patient's id in clear for its indexes.
  expect(stored).toContain('_sealed');
  expect(stored.length).toBeGreaterThan(10_000);
  for (const secret of [yamada.name, '山田', yamada.kana, yamada.post, body, demoPatients.sato.name]) expect(stored).not.toContain(secret);
});

test('the screen locks after the idle time, shows no patient, and the password brings the timeline back @tablet', async ({ page }) => {
  await page.clock.install();
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await expect(page.getByText(yamada.post, { exact: true })).toBeVisible();

  // The demo region locks after 5 minutes without a touch.
  await page.clock.fastForward('05:10');
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  await expect(page.getByText('Locked after 5 minutes without use.')).toBeVisible();
  const shown = await page.locator('body').innerText();
  for (const secret of [yamada.name, yamada.post, '佐藤']) expect(shown).not.toContain(secret);
  expect(await page.content()).not.toContain(yamada.post);

  // A wrong password says how many tries are left; the right one brings the timeline back.
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('Wrong password. 4 more wrong tries')).toBeVisible();
  await unlock(page, demoPassword);
  await expect(page.getByRole('heading', { level: 1, name: yamada.name, exact: true })).toBeVisible();
  await expect(page.getByText(yamada.post, { exact: true })).toBeVisible();
});

test('past the offline limit the password opens the data only online, and the post written offline still arrives @tablet', async ({
  page,
  context,
}) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await unlock(page, demoPassword);
  const body = uniqueText('written offline before the limit');
  await writePost(page, body);
  await expect(notSentMarker(page, body)).toBeVisible();

  // 73 hours without reaching the server (the demo region allows 72), then the app is opened again.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage).filter((name) => name.startsWith('renraku.keyRing.'))) {
      const ring = JSON.parse(localStorage.getItem(key) ?? '{}') as { lastServerContactAt: number };
      localStorage.setItem(key, JSON.stringify({ ...ring, lastServerContactAt: Date.now() - 73 * 3_600_000 }));
    }
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  await expect(page.getByText('The password cannot unlock this device now')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Waiting unsent on this device: 1.')).toBeVisible();

  // Online, the server checks the password (and could refuse it, counting towards the lockout);
  // someone who signs in with a passkey signs in again instead.
  await context.setOffline(false);
  await expect(page.getByText('it is checked with the server now')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in again', exact: true })).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('The password is not correct.')).toBeVisible();
  await unlock(page, demoPassword);
  await expect(page.getByRole('heading', { level: 1, name: yamada.name, exact: true })).toBeVisible();
  await expect(postsWith(page, body)).toHaveCount(1);
  await expect(notSentMarker(page, body)).toHaveCount(0, { timeout: 20_000 });
  await waitUntilSynced(page);
});
