/**
 * A patient registered before consent was obtained: the owner records consent later on the
 * patient's record, and only then can a doctor of another facility join the team.
 */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { registerPatient, uniqueText } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };

test('an owner records consent after registration, then adds staff of another facility', async ({ page }) => {
  const name = uniqueText('登録 テスト');
  await signIn(page, nurse);
  await registerPatient(page, { name, kana: 'トウロク テスト', born: '1940-05-06', sex: 'Female' });

  await page.getByRole('link', { name: /^Care team/ }).click();
  await expect(page.getByText('No consent to information sharing is recorded')).toBeVisible();
  const search = page.getByLabel('Search the directory (name, kana or facility)');
  await search.fill(demoAccounts.doctor.name);
  await page.getByRole('button', { name: `Add ${demoAccounts.doctor.name} to the team` }).click();
  await expect(page.getByText('Staff of other facilities can join only after the patient’s consent')).toBeVisible();

  await page.getByRole('link', { name: 'Edit the patient’s record' }).click();
  const consent = page.getByLabel('Consent to information sharing, obtained on');
  await expect(consent).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Name (required)' })).toHaveValue(name);
  await consent.fill('2026-11-20');
  await page.getByLabel('Address').fill('ケア市 4-5-6');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(page.getByRole('heading', { name: `Care team of ${name}` })).toBeVisible();
  await expect(page.getByText('No consent to information sharing is recorded')).toHaveCount(0);
  await search.fill(demoAccounts.doctor.name);
  await page.getByRole('button', { name: `Add ${demoAccounts.doctor.name} to the team` }).click();
  await expect(page.getByText(`${demoAccounts.doctor.name} was added to the care team.`)).toBeVisible();

  // Consent, once on file, cannot be removed from the form.
  await page.getByRole('link', { name: 'Edit the patient’s record' }).click();
  await expect(page.getByLabel('Consent to information sharing, obtained on')).toHaveValue('2026-11-20');
  await expect(page.getByLabel('Address')).toHaveValue('ケア市 4-5-6');
  await page.getByLabel('Consent to information sharing, obtained on').fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Consent, once recorded, cannot be removed.')).toBeVisible();
});
