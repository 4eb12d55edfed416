/**
 * A region administrator created with the admin CLI must replace the password at first sign-in,
 * then set up a second factor (administrators always need one).
 */
import { expect, test } from '@playwright/test';
import { createRegionAdmin, uniqueLoginId } from '../support/admin-cli';
import { completeForcedTotpSetup } from '../support/second-factor';
import { screenAlert, signIn, signOut, submitSignIn, ui } from '../support/sign-in';

const newPassword = 'Chosen-by-me-2025#';

test('a new region administrator changes the initial password first', async ({ page }) => {
  const admin = createRegionAdmin({ loginId: uniqueLoginId('first'), password: 'Initial-pass-2024!' });

  await submitSignIn(page, admin);
  await expect(page).toHaveURL((url) => url.pathname === '/password');
  await expect(page.getByText('Your password was set by an administrator. Choose a new one before you continue.')).toBeVisible();

  // Nothing else opens until it is changed.
  await page.goto('/');
  await expect(page).toHaveURL((url) => url.pathname === '/password');

  await page.getByLabel('Current password', { exact: true }).fill(admin.password);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Change password', exact: true }).click();
  const totpKey = await completeForcedTotpSetup(page);

  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { level: 1, name: admin.name })).toBeVisible();
  await expect(page.getByText('Region administrator', { exact: true })).toBeVisible();
  await signOut(page);

  await submitSignIn(page, admin, { stay: true });
  await expect(screenAlert(page)).toHaveText(ui.en.invalidCredentials);

  await signIn(page, { ...admin, password: newPassword, totpKey });
});
