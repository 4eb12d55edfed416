/** Too many failed sign-ins lock the login ID, even against the right password. */
import { expect, test } from '@playwright/test';
import { createRegionAdmin, uniqueLoginId } from '../support/admin-cli';
import { screenAlert, submitSignIn, ui } from '../support/sign-in';

const maxFailuresPerLoginId = 10; // RENRAKU_LOGIN_MAX_FAILURES_PER_ID in playwright.config.ts

test('locks sign-in after ten wrong passwords', async ({ page }) => {
  // An account of its own: nobody else's failures count, and a retry starts unlocked.
  const account = createRegionAdmin({ loginId: uniqueLoginId('lockout'), password: 'Lockout-pass-2024!' });
  const wrong = { loginId: account.loginId, password: 'wrong-password-1!' };
  const alert = screenAlert(page);

  await page.goto('/signin');
  for (let attempt = 1; attempt < maxFailuresPerLoginId; attempt++) {
    await submitSignIn(page, wrong, { stay: true });
    await expect(alert, `attempt ${attempt}`).toHaveText(ui.en.invalidCredentials);
    await expect(page.getByLabel(ui.en.password, { exact: true })).toHaveValue('');
  }

  await submitSignIn(page, wrong, { stay: true });
  await expect(alert).toContainText('locked');
  await expect(alert).toContainText('Too many failed sign-ins');
  const lockMessage = await alert.textContent();

  await submitSignIn(page, account, { stay: true });
  await expect(alert).toHaveText(lockMessage ?? '');
  await expect(page).toHaveURL((url) => url.pathname === '/signin');
});
