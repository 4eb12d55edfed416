/** Reaching a screen through the lock screen of the device's encrypted records, when it comes. */
import { expect, type Locator, type Page } from '@playwright/test';
import { unlock } from './sign-in';

/**
 * Waits for `screen` and unlocks on the way if the app was loaded again: offline, a client-side
 * navigation whose server payload is not on the device becomes a full load from the service
 * worker, and a freshly opened app asks for the password.
 */
export async function reachUnlocked(page: Page, screen: Locator, password: string): Promise<void> {
  const locked = page.getByRole('heading', { level: 1, name: 'Locked' });
  await expect(screen.or(locked)).toBeVisible();
  if (await locked.isVisible()) await unlock(page, password);
  await expect(screen).toBeVisible();
}
