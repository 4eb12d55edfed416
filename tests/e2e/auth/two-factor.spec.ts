/**
 * Two-factor sign-in, end to end: a new administrator enrols an authenticator app, then signs in
 * with a computed code (a wrong one refused) or a recovery code (once); a passkey on Chromium's
 * virtual authenticator is registered, then used as the second step and instead of the password.
 */
import { expect, test, type Page } from '@playwright/test';
import { createRegionAdmin, uniqueLoginId } from '../support/admin-cli';
import { enrolTotp, passTotpStep, stepMs, totpCodeAt } from '../support/second-factor';
import { screenAlert, signIn, signOut, submitSignIn } from '../support/sign-in';

const initialPassword = 'Initial-pass-2024!';
const chosenPassword = 'Chosen-by-me-2025#';
const refusedMessage = 'The code or passkey could not be verified. Please try again.';

async function newAdministrator(page: Page, prefix: string) {
  const admin = createRegionAdmin({ loginId: uniqueLoginId(prefix), password: initialPassword });
  await submitSignIn(page, admin);
  await expect(page).toHaveURL((url) => url.pathname === '/password');
  await page.getByLabel('Current password', { exact: true }).fill(initialPassword);
  await page.getByLabel('New password', { exact: true }).fill(chosenPassword);
  await page.getByLabel('Confirm new password', { exact: true }).fill(chosenPassword);
  await page.getByRole('button', { name: 'Change password', exact: true }).click();
  // Then enrolment, before anything else.
  await expect(page).toHaveURL((url) => url.pathname === '/account/security');
  await page.goto('/');
  await expect(page).toHaveURL((url) => url.pathname === '/account/security');
  return { ...admin, password: chosenPassword };
}

test('an authenticator app: enrolment, a wrong code refused, a computed code and a recovery code accepted once', async ({ page }) => {
  test.setTimeout(120_000);
  const admin = await newAdministrator(page, 'totp');
  const { secret, recoveryCodes } = await enrolTotp(page, admin.loginId);
  expect(recoveryCodes).toHaveLength(10);
  await signOut(page);

  await submitSignIn(page, admin);
  await expect(page).toHaveURL((url) => url.pathname === '/signin/verify');
  // Nothing opens before the second step.
  await page.goto('/admin/staff');
  await expect(page).toHaveURL((url) => url.pathname === '/signin/verify');
  const step = Math.floor(Date.now() / stepMs);
  const valid = [-1, 0, 1, 2].map((offset) => totpCodeAt(secret, step + offset));
  const wrong = ['000000', '111111', '222222'].find((code) => !valid.includes(code)) ?? '333333';
  await page.getByLabel('Code from the app', { exact: true }).fill(wrong);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(screenAlert(page)).toHaveText(refusedMessage);
  await passTotpStep(page, admin.loginId, secret);
  await expect(page.getByRole('heading', { level: 1, name: admin.name })).toBeVisible();
  await signOut(page);

  const useRecoveryCode = async (code: string) => {
    await submitSignIn(page, admin);
    await expect(page).toHaveURL((url) => url.pathname === '/signin/verify');
    await page.getByRole('button', { name: 'Use a recovery code', exact: true }).click();
    await page.getByLabel('Recovery code', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
  };
  await useRecoveryCode(recoveryCodes[0] ?? '');
  await expect(page.getByRole('heading', { level: 1, name: admin.name })).toBeVisible();
  await signOut(page);
  await useRecoveryCode(recoveryCodes[0] ?? '');
  await expect(screenAlert(page)).toHaveText(refusedMessage);
  await page.getByRole('button', { name: 'Cancel and sign out', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/signin');

  // The security page says how many codes are left.
  await signIn(page, { ...admin, totpKey: secret });
  await page.getByRole('link', { name: 'Sign-in security', exact: true }).click();
  await expect(page.getByText('9 left', { exact: true })).toBeVisible();
});

test('a passkey: registered as the first factor, then the second step, then instead of the password', async ({ page }) => {
  test.setTimeout(120_000);
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
  const admin = await newAdministrator(page, 'passkey');
  await page.getByLabel('Passkey name', { exact: true }).fill('Office PC');
  await page.getByRole('button', { name: 'Add a passkey', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Your recovery codes' })).toBeVisible();
  await page.getByRole('button', { name: 'I have saved them', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Your passkeys' }).getByText('Office PC', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Continue to home', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: admin.name })).toBeVisible();
  await signOut(page);

  // Password, then the passkey as the second step.
  await submitSignIn(page, admin);
  await expect(page).toHaveURL((url) => url.pathname === '/signin/verify');
  await page.getByRole('button', { name: 'Use a passkey', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: admin.name })).toBeVisible();
  await signOut(page);

  // No password at all.
  await page.getByRole('button', { name: 'Sign in with a passkey', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { level: 1, name: admin.name })).toBeVisible();
});
