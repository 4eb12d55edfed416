/**
 * Onboarding a facility: it applies on the region's portal (one mistake shown and fixed, then the
 * confirmation step), the region administrator approves it, the mail outbox holds the notices, and
 * the new facility administrator signs in with the password chosen when applying.
 */
import { expect, test } from '@playwright/test';
import { demoPassword } from '../support/accounts';
import { uniqueLoginId } from '../support/admin-cli';
import { completeForcedTotpSetup } from '../support/second-factor';
import { signIn, signOut, submitSignIn } from '../support/sign-in';

const regionAdmin = { loginId: 'demo-region-admin', name: '田中 浩二', password: demoPassword };

test('a facility applies on /join/midori, the region administrator approves, the new administrator signs in', async ({ page }) => {
  const loginId = uniqueLoginId('clinic-admin');
  const facility = `ひだまり在宅クリニック ${loginId.slice(-6)}`;
  const email = `${loginId}@hidamari.example.jp`;
  const password = 'Hidamari-Clinic-2026!';

  await page.goto('/join/midori');
  await expect(page.getByRole('heading', { level: 1, name: 'Renraku in みどり市' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Terms of use' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Apply to register a facility' });
  await form.getByLabel(/^Facility name \(/).fill(facility);
  await form.getByLabel('Prefecture').selectOption('東京都');
  await form.getByLabel(/^Municipality/).fill('みどり市');
  await form.getByLabel('Kind of facility').selectOption({ label: 'Clinic' });
  await form.getByLabel(/^Family name \(/).fill('日向');
  await form.getByLabel(/^Given name \(/).fill('陽子');
  // A mistake: the kana field given kanji.
  await form.getByLabel(/^Family name in kana/).fill('日向');
  await form.getByLabel(/^Given name in kana/).fill('ようこ');
  await form.getByLabel('Profession').selectOption({ label: 'Doctor' });
  await form.getByLabel(/^Email address \(/).fill(email);
  await form.getByLabel(/^Email address again/).fill(email);
  await form.getByLabel(/^Login ID you would like/).fill(loginId);
  await form.getByLabel(/^Password/).fill(password);
  await form.getByLabel('I agree to the terms of use').check();
  await form.getByRole('button', { name: 'Check my application' }).click();

  const kana = form.getByLabel(/^Family name in kana/);
  await expect(kana).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Use hiragana or katakana only.')).toBeVisible();
  await expect(kana).toBeFocused();
  await kana.fill('ひなた');
  await form.getByRole('button', { name: 'Check my application' }).click();

  const review = page.getByRole('region', { name: 'Check your application' });
  await expect(review).toBeVisible();
  await expect(review.getByText(facility)).toBeVisible();
  await expect(review.getByText('ひなた')).toBeVisible();
  await expect(review.getByText(password)).toHaveCount(0);
  await review.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByRole('heading', { name: 'Application received' })).toBeVisible();
  await expect(page.getByText(`sign in with the login ID “${loginId}”`)).toBeVisible();

  // The region administrator approves it.
  await signIn(page, regionAdmin);
  await page.getByRole('link', { name: 'Facility applications' }).click();
  const card = page.getByRole('article', { name: facility });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: `Approve ${facility}` }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: `Approve ${facility}` })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `${facility} was approved.` })).toBeVisible();
  await expect(card.getByText('Approved', { exact: true }).first()).toBeVisible();

  // The mail outbox holds the notices, unsent (the demo has no SMTP).
  await page.goto('/admin/mail');
  await expect(page.getByRole('heading', { level: 1, name: 'Mail outbox' })).toBeVisible();
  const outbox = page.getByRole('list', { name: 'Mail outbox' });
  const toApplicant = outbox.getByRole('listitem').filter({ hasText: email });
  const approvedNotice = toApplicant.filter({ hasText: 'your facility registration was approved' });
  await expect(approvedNotice).toBeVisible();
  await expect(toApplicant.filter({ hasText: 'your facility registration was received' })).toBeVisible();
  await expect(outbox.getByRole('listitem').filter({ hasText: `new facility application from ${facility}` })).toBeVisible();
  await expect(approvedNotice.getByText('Not sent (no SMTP configured)')).toBeVisible();
  await approvedNotice.getByText('Show the message').click();
  await expect(approvedNotice.getByText(`Login ID: ${loginId}`)).toBeVisible();

  // The new facility administrator signs in with the password chosen when applying.
  await page.goto('/');
  await signOut(page);
  await submitSignIn(page, { loginId, password }, { stay: true });
  // An administrator must have a second factor: the first sign-in asks for one.
  await completeForcedTotpSetup(page);
  await expect(page.getByRole('heading', { level: 1, name: '日向 陽子' })).toBeVisible();
  await page.getByRole('link', { name: 'Staff accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(facility) })).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: /^Accounts/ })
      .getByRole('listitem')
      .filter({ hasText: loginId }),
  ).toBeVisible();
});

test('an unknown portal address is a 404', async ({ page }) => {
  const response = await page.goto('/join/no-such-region');
  expect(response?.status()).toBe(404);
});
