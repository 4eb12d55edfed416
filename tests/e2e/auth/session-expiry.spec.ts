/** A session left unused past the idle timeout ends; the next visit asks to sign in again. */
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { baseUrlOf, servers, shortIdleMs } from '../support/servers';
import { signIn, ui } from '../support/sign-in';
import { syncStatus } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };

test.use({ baseURL: baseUrlOf('shortIdle') });

async function signInAndIdle(page: Page): Promise<void> {
  await signIn(page, nurse);
  // The first sync's requests are activity too: the idle time counts from when they end.
  await expect(syncStatus(page)).toContainText('Synced', { timeout: 30_000 });
  await page.waitForTimeout(shortIdleMs + 1_500);
  await page.reload();
}

test(`signs out after ${servers.shortIdle.idleTimeout} without activity`, async ({ page }) => {
  await signInAndIdle(page);
  await expect(page).toHaveURL((url) => url.pathname === '/signin');
  await expect(page.getByRole('heading', { level: 1, name: ui.en.signInTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: nurse.name })).toHaveCount(0);
  // The profile kept for offline use went with the session.
  expect(await page.evaluate(() => localStorage.getItem('renraku.profile'))).toBeNull();
});

test('says the sign-out was for inactivity', async ({ page }) => {
  await signInAndIdle(page);
  await expect(page).toHaveURL((url) => url.pathname === '/signin' && url.searchParams.get('reason') === 'idle');
  await expect(page.getByRole('status')).toHaveText('You were signed out after a period of inactivity. Please sign in again.');
});
