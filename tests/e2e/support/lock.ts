/** The lock screen of the device's encrypted records (app/_lib/offline/lock-screen.tsx). */
import { expect, type Locator, type Page } from '@playwright/test';

export function lockHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1, name: 'Locked' });
}

export async function unlock(page: Page, password: string): Promise<void> {
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(lockHeading(page)).toHaveCount(0);
}

/**
 * Waits for `screen` and unlocks on the way if the app was loaded again: offline, a client-side
 * navigation whose server payload is not on the device becomes a full load from the service
 * worker, and a freshly opened app asks for the password.
 */
export async function reachUnlocked(page: Page, screen: Locator, password: string): Promise<void> {
  await expect(screen.or(lockHeading(page))).toBeVisible();
  if (await lockHeading(page).isVisible()) await unlock(page, password);
  await expect(screen).toBeVisible();
}
