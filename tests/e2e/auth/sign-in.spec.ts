/** Signing in and out with a login ID and password, in English and in Japanese. */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { screenAlert, signIn, signOut, submitSignIn, ui } from '../support/sign-in';

const nurse = { ...demoAccounts.nurse, password: demoPassword };

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('signs in, shows who I am, and signs out @tablet', async ({ page, context }) => {
    await page.goto('/signin');
    await expect(page.getByLabel(ui.en.loginId, { exact: true })).toBeVisible();
    await expect(page.getByLabel(ui.en.password, { exact: true })).toBeVisible();
    await signIn(page, nurse);
    await expect(page.getByText(`${nurse.facility} · ${nurse.profession.en}`, { exact: true })).toBeVisible();
    await expect(page.getByLabel(ui.en.language)).toHaveValue('en');
    expect((await context.cookies()).map((cookie) => cookie.name)).toContain('renraku_session');

    await signOut(page);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('renraku_session');

    await page.goto('/');
    await expect(page).toHaveURL((url) => url.pathname === '/signin');
    await expect(page.getByRole('heading', { level: 1, name: ui.en.signInTitle })).toBeVisible();
    await expect(page.getByRole('heading', { name: nurse.name })).toHaveCount(0);
  });

  test('tells me I have signed out', async ({ page }) => {
    await signIn(page, nurse);
    await page.getByRole('button', { name: ui.en.signOut, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/signin' && url.searchParams.has('signedOut'));
    await expect(page.getByRole('status')).toHaveText(ui.en.signedOut);
  });

  test('gives the same answer for a wrong password and an unknown login ID', async ({ page }) => {
    await submitSignIn(page, { loginId: nurse.loginId, password: 'not-the-password-1!' });
    const alert = screenAlert(page);
    await expect(alert).toHaveText(ui.en.invalidCredentials);
    await expect(page).toHaveURL((url) => url.pathname === '/signin');
    // The password is cleared; the login ID stays for another try.
    await expect(page.getByLabel(ui.en.password, { exact: true })).toHaveValue('');
    await expect(page.getByLabel(ui.en.loginId, { exact: true })).toHaveValue(nurse.loginId);
    const wrongPassword = await alert.textContent();

    await submitSignIn(page, { loginId: 'nobody-by-this-name', password: demoPassword }, { stay: true });
    await expect(alert).toHaveText(ui.en.invalidCredentials);
    expect(await alert.textContent()).toBe(wrongPassword);
  });
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('signs in, shows who I am, and signs out @tablet', async ({ page }) => {
    await page.goto('/signin');
    await expect(page.getByLabel(ui.ja.loginId, { exact: true })).toBeVisible();
    await expect(page.getByLabel(ui.ja.password, { exact: true })).toBeVisible();
    await signIn(page, nurse, { lang: 'ja' });
    await expect(page.getByText(`${nurse.facility} · ${nurse.profession.ja}`, { exact: true })).toBeVisible();
    await expect(page.getByLabel(ui.ja.language)).toHaveValue('ja');

    await signOut(page, { lang: 'ja' });
    await page.goto('/');
    await expect(page).toHaveURL((url) => url.pathname === '/signin');
    await expect(page.getByRole('heading', { level: 1, name: ui.ja.signInTitle })).toBeVisible();
  });

  test('says a wrong password is wrong, in Japanese', async ({ page }) => {
    await submitSignIn(page, { loginId: nurse.loginId, password: 'not-the-password-1!' }, { lang: 'ja' });
    await expect(screenAlert(page)).toHaveText(ui.ja.invalidCredentials);
  });
});
