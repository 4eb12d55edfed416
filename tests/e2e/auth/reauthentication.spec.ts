/**
 * Sign-in factors change only after a recent proof of identity: a session left a while must confirm
 * it is the person again before adding a passkey; every factor added leaves a notice at home; a
 * password change removes passkeys when asked, and says so.
 */
import { expect, test, type Page } from '@playwright/test';
import { createRegionAdmin, uniqueLoginId } from '../support/admin-cli';
import { ageReauthentication } from '../support/database';
import { completeForcedTotpSetup } from '../support/second-factor';
import { screenAlert, submitSignIn } from '../support/sign-in';

const initialPassword = 'Initial-pass-2024!';
const chosenPassword = 'Chosen-by-me-2025#';
const laterPassword = 'Later-chosen-2026$';

async function changePassword(page: Page, current: string, next: string, options: { removePasskeys?: boolean } = {}) {
  await page.getByLabel('Current password', { exact: true }).fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Confirm new password', { exact: true }).fill(next);
  if (options.removePasskeys) await page.getByLabel('Also remove all my passkeys (if someone else may have added one)').check();
  await page.getByRole('button', { name: 'Change password', exact: true }).click();
}

test('adding a passkey after a while asks who it is; factors added are announced; a password change removes passkeys when asked', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const admin = createRegionAdmin({ loginId: uniqueLoginId('reauth'), password: initialPassword });
  await submitSignIn(page, admin);
  await expect(page).toHaveURL((url) => url.pathname === '/password');
  await changePassword(page, initialPassword, chosenPassword);
  // Just signed in: enrolment needs no further proof.
  await completeForcedTotpSetup(page);

  // Home tells of the authenticator app set up, until it is acknowledged.
  const notices = page.getByRole('region', { name: 'About your account' });
  await expect(notices.getByText('An authenticator app was set up.')).toBeVisible();
  await notices.getByRole('button', { name: 'Got it' }).click();
  await expect(notices).toHaveCount(0);

  // Some minutes later, at the same (unlocked) screen: adding a passkey needs the password again.
  ageReauthentication(admin.loginId, 10 * 60_000);
  await page.goto('/account/security');
  const confirmCard = page.getByRole('region', { name: 'Confirm it is you' });
  await expect(confirmCard).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a passkey', exact: true })).toBeDisabled();
  await confirmCard.getByLabel('Password', { exact: true }).fill('Not-my-password-1!');
  await confirmCard.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(screenAlert(page)).toHaveText('The current password is incorrect.');
  await confirmCard.getByLabel('Password', { exact: true }).fill(chosenPassword);
  await confirmCard.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByText(/^Confirmed: you can make changes until /)).toBeVisible();
  await page.getByLabel('Passkey name', { exact: true }).fill('Office PC');
  await page.getByRole('button', { name: 'Add a passkey', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Your passkeys' }).getByText('Office PC', { exact: true })).toBeVisible();

  await page.goto('/');
  await expect(notices.getByText('The passkey “Office PC” was added.')).toBeVisible();

  // A password change keeps passkeys unless asked; asked, it removes them and says how many.
  await page.goto('/password');
  await changePassword(page, chosenPassword, laterPassword, { removePasskeys: true });
  await expect(page.getByRole('status').filter({ hasText: 'Passkeys removed: 1.' })).toBeVisible();
  await page.goto('/account/security');
  await expect(page.getByText('None registered.', { exact: true })).toBeVisible();
});
