/**
 * Devices in a region that requires approval (one made by the admin CLI: approval is on by
 * default; the demo region has it off). A nurse's new tablet gets no patient data until the
 * administrator approves it; revoking it wipes the tablet, online, within moments.
 */
import { expect, test, type Page } from '@playwright/test';
import { createRegionAdmin, uniqueLoginId } from '../support/admin-cli';
import { completeForcedTotpSetup } from '../support/second-factor';
import { submitSignIn } from '../support/sign-in';
import { dumpIndexedDb, newDevice, patientLink, registerPatient, syncStatus, uniqueText, waitUntilSynced } from '../support/timeline';

async function changeInitialPassword(page: Page, current: string, next: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === '/password');
  await page.getByLabel('Current password', { exact: true }).fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Confirm new password', { exact: true }).fill(next);
  await page.getByRole('button', { name: 'Change password', exact: true }).click();
  await expect(page).not.toHaveURL((url) => url.pathname === '/password');
}

const deviceRow = (page: Page, owner: string) =>
  page
    .getByRole('list', { name: /^Devices/ })
    .getByRole('listitem')
    .filter({ hasText: owner });

test('a new tablet waits for approval, then receives its patients; revoked, it is wiped at once', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const admin = createRegionAdmin({ loginId: uniqueLoginId('devices'), password: 'Initial-pass-2024!' });
  const adminPassword = 'Region-admin-2025#';
  await submitSignIn(page, admin);
  await changeInitialPassword(page, admin.password, adminPassword);
  await completeForcedTotpSetup(page);

  // The administrator's own PC is a new device too: approve it to work with patients.
  await page.goto('/admin/devices');
  await expect(page.getByText('In this region, a new device receives no patient information until it is approved.')).toBeVisible();
  await deviceRow(page, admin.loginId)
    .getByRole('button', { name: /^Approve / })
    .click();
  await expect(deviceRow(page, admin.loginId).getByText('Approved', { exact: true })).toBeVisible();

  // A nurse's account, and a patient whose team she is on, with a post.
  const nurseLoginId = uniqueLoginId('tablet-nurse');
  await page.goto('/admin/staff');
  const form = page.getByRole('form', { name: 'New staff account' });
  await form.getByLabel('Name', { exact: true }).fill('端末 看護師');
  await form.getByLabel('Name in kana').fill('タンマツ カンゴシ');
  await form.getByLabel('Login ID').fill(nurseLoginId);
  await form.getByLabel('Profession').selectOption({ label: 'Nurse' });
  await form.getByRole('button', { name: 'Create account' }).click();
  const temporaryPassword =
    (await page.getByRole('status', { name: 'Hand these to 端末 看護師' }).locator('.temporary-password-value').textContent()) ?? '';

  const patientName = uniqueText('端末 患者');
  // What the device keeps is sealed: the patient's id, readable for the indexes, shows whether it holds her.
  const patientId = await registerPatient(page, { name: patientName, kana: 'タンマツ カンジャ', born: '1941-02-03', sex: 'Female' });
  await page.getByRole('link', { name: /^Care team/ }).click();
  await page.getByLabel('Search the directory (name, kana or facility)').fill('端末 看護師');
  await page.getByRole('button', { name: 'Add 端末 看護師 to the team' }).click();
  await expect(page.getByText('端末 看護師 was added to the care team.')).toBeVisible();

  const tablet = await newDevice(browser);
  try {
    const nurse = await tablet.newPage();
    await submitSignIn(nurse, { loginId: nurseLoginId, password: temporaryPassword });
    await changeInitialPassword(nurse, temporaryPassword, 'Nurse-chosen-2025#');
    await expect(nurse.getByRole('heading', { level: 1, name: '端末 看護師' })).toBeVisible();

    // Pending: signed in, told why, and no patient on the device.
    await expect(nurse.getByRole('status', { name: 'This device is waiting for approval' })).toBeVisible();
    await nurse.goto('/patients');
    await expect(nurse.getByRole('status', { name: 'This device is waiting for approval' })).toBeVisible();
    await expect(patientLink(nurse, patientName)).toHaveCount(0);
    // The list and the sync status say why nothing arrives, rather than loading and syncing for ever.
    await expect(nurse.getByText('Your patients appear here once an administrator approves this device.')).toBeVisible();
    await expect(syncStatus(nurse)).toContainText('Waiting for approval: nothing to sync yet');
    expect(await dumpIndexedDb(nurse)).not.toContain(patientId);

    // Approved: the patient arrives by itself (the tablet asks again every 15 seconds).
    await page.goto('/admin/devices');
    await deviceRow(page, nurseLoginId)
      .getByRole('button', { name: /^Approve / })
      .click();
    await expect(deviceRow(page, nurseLoginId).getByText('Approved', { exact: true })).toBeVisible();
    await expect(nurse.getByRole('status', { name: 'This device is waiting for approval' })).toHaveCount(0, { timeout: 30_000 });
    await expect(patientLink(nurse, patientName)).toBeVisible({ timeout: 30_000 });
    await waitUntilSynced(nurse);
    await expect(nurse.getByText('Your patients appear here once an administrator approves this device.')).toHaveCount(0);
    expect(await dumpIndexedDb(nurse)).toContain(patientId);

    // Revoked: at once (its live stream is closed) the tablet is signed out, told why, and holds no patient data.
    await deviceRow(page, nurseLoginId)
      .getByRole('button', { name: /^Revoke / })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Revoke / })
      .click();
    await expect(deviceRow(page, nurseLoginId).getByText('Revoked', { exact: true })).toBeVisible();
    await expect(nurse).toHaveURL((url) => url.pathname === '/signin', { timeout: 20_000 });
    await expect(
      nurse.getByText('An administrator stopped this device from being used, so the patient information on it has been erased.'),
    ).toBeVisible();
    expect(await dumpIndexedDb(nurse)).not.toContain(patientId);

    // And it cannot simply sign in again.
    await submitSignIn(nurse, { loginId: nurseLoginId, password: 'Nurse-chosen-2025#' }, { stay: true });
    await expect(
      nurse.getByText('An administrator has stopped this device from being used. Contact your facility administrator.'),
    ).toBeVisible();
  } finally {
    await tablet.close();
  }
});
