/** After one visit online, the app opens with no network, and never keeps API answers. */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { cachedUrls, waitForServiceWorker } from '../support/service-worker';
import { signIn, ui, unlock } from '../support/sign-in';

const doctor = { ...demoAccounts.doctor, password: demoPassword };

test('opens offline from the cached app shell and profile @tablet', async ({ page, context }) => {
  await signIn(page, doctor);
  await waitForServiceWorker(page);
  await expect(page.locator('[data-state="offline"]')).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  // Opened again with no server: the password unlocks the data kept on the device.
  await unlock(page, demoPassword);
  await expect(page.getByRole('heading', { level: 1, name: doctor.name })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Offline', { exact: true })).toBeVisible();
  await expect(page.getByText('You are offline. Showing what was last synced.')).toBeVisible();
  await expect(page.getByText(doctor.facility).first()).toBeVisible();

  // The API is not answered from a cache.
  const apiReached = await page.evaluate(() =>
    fetch('/api/trpc/auth.me').then(
      () => true,
      () => false,
    ),
  );
  expect(apiReached).toBe(false);

  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: ui.en.signInTitle })).toBeVisible();
  await expect(page.getByText('You are offline, so you cannot sign in. Try again where there is a signal.')).toBeVisible();

  await context.setOffline(false);
});

test('precaches the app shell but no API response', async ({ page }) => {
  await signIn(page, doctor);
  await waitForServiceWorker(page);
  // Give the page a moment of API traffic that a runtime cache would have caught.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: doctor.name })).toBeVisible();

  const urls = await cachedUrls(page);
  const paths = urls.map((url) => new URL(url).pathname);
  expect(paths).toEqual(expect.arrayContaining(['/', '/signin', '/manifest.webmanifest', '/icons/icon-192.png']));
  expect(paths.some((path) => path.startsWith('/_next/static/'))).toBe(true);
  expect(paths.filter((path) => path.startsWith('/api/'))).toEqual([]);
});
