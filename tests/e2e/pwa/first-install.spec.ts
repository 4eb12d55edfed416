/**
 * A browser's first visit installs the service worker (3 MB of precache) after the sign-in's first
 * sync, not beside it (app/_lib/service-worker-timing.ts): here the posts' first batch is held past
 * the few seconds a sign-in is given, and no service worker is registered until it comes.
 */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { holdPulls } from '../support/held-pulls';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn } from '../support/sign-in';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
/** app/_lib/service-worker-timing.ts's `firstInstallGraceMs`, and a margin. */
const graceAndMarginMs = 3_000 + 2_000;

test('a first visit installs the service worker once the first sync has its posts', async ({ page }) => {
  const posts = await holdPulls(page, 'posts');

  await signIn(page, nurse);
  await expect.poll(() => posts.asked()).toBe(true);
  await page.waitForTimeout(graceAndMarginMs);
  const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  expect(await registered()).toBe(false);

  posts.release();
  await waitForServiceWorker(page);
  expect(await registered()).toBe(true);
});
