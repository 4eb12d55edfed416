/** A facility administrator creates a nurse's account, hands over the temporary password, and later disables it. */
import { expect, test } from '@playwright/test';
import { demoPassword } from '../support/accounts';
import { uniqueLoginId } from '../support/admin-cli';
import { signIn, submitSignIn } from '../support/sign-in';
import { newDevice } from '../support/timeline';

const facilityAdmin = { loginId: 'demo-facility-admin', name: '井上 直子', password: demoPassword };

test('a facility administrator creates a nurse, who must choose a password; disabling signs the nurse out', async ({ page, browser }) => {
  const loginId = uniqueLoginId('nurse');
  await signIn(page, facilityAdmin);
  await page.getByRole('link', { name: 'Staff accounts' }).click();
  const form = page.getByRole('form', { name: 'New staff account' });
  await form.getByLabel('Name', { exact: true }).fill('新人 花子');
  await form.getByLabel('Name in kana').fill('シンジン ハナコ');
  await form.getByLabel('Login ID').fill(loginId);
  await form.getByLabel('Profession').selectOption({ label: 'Nurse' });
  await form.getByRole('button', { name: 'Create account' }).click();

  const handOver = page.getByRole('status', { name: 'Hand these to 新人 花子' });
  await expect(handOver).toBeVisible();
  const temporaryPassword = (await handOver.locator('.temporary-password-value').textContent()) ?? '';
  expect(temporaryPassword).toHaveLength(16);
  // The row of this login ID: a retried run finds the account its first attempt created too.
  const row = page
    .getByRole('list', { name: /^Accounts/ })
    .getByRole('listitem')
    .filter({ hasText: loginId });
  await expect(row).toBeVisible();

  const tablet = await newDevice(browser);
  try {
    const nurse = await tablet.newPage();
    await submitSignIn(nurse, { loginId, password: temporaryPassword });
    await expect(nurse).toHaveURL((url) => url.pathname === '/password');

    await row.getByRole('button', { name: 'Disable 新人 花子' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Disable 新人 花子' }).click();
    await expect(row.getByRole('button', { name: 'Enable 新人 花子 again' })).toBeVisible();

    // The nurse's next request finds the account disabled: back to sign-in.
    await nurse.reload();
    await expect(nurse).toHaveURL((url) => url.pathname === '/signin');
  } finally {
    await tablet.close();
  }
});

test('a facility administrator adds several people from a CSV file, after fixing the row it points out', async ({ page }) => {
  const [first, second] = [uniqueLoginId('csv-a'), uniqueLoginId('csv-b')];
  const csv = (kana: string) =>
    Buffer.from(
      `\uFEFF氏名,ふりがな,ログインID,職種\r\n一括 一郎,${kana},${first},看護師\r\n一括 二郎,イッカツ ジロウ,${second},Physical therapist\r\n`,
    );
  await signIn(page, facilityAdmin);
  await page.getByRole('link', { name: 'Staff accounts' }).click();
  const card = page.getByRole('region', { name: 'Add many accounts from a CSV file' });
  const file = card.getByLabel('CSV file');

  await file.setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: csv('ikkatsu') });
  await expect(card.getByRole('table')).toContainText('Rows to fix: 1.');
  await expect(card.getByRole('row', { name: /一括 一郎/ })).toContainText('kana must be hiragana or katakana');
  await expect(card.getByRole('button', { name: 'Create the accounts (2)' })).toBeDisabled();

  await file.setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: csv('イッカツ イチロウ') });
  await expect(card.getByRole('table')).toContainText('Ready to add: 2');
  await card.getByRole('button', { name: 'Create the accounts (2)' }).click();

  const handOver = page.getByRole('status', { name: 'To hand over (2 accounts)' });
  await expect(handOver.getByRole('row', { name: /一括 一郎/ })).toContainText(first);
  await expect(handOver.getByRole('row', { name: /一括 二郎/ })).toContainText(second);
  await expect(handOver.locator('.temporary-password-value')).toHaveCount(2);
  const accounts = page.getByRole('list', { name: /^Accounts/ });
  await expect(accounts.getByRole('listitem').filter({ hasText: first })).toContainText('Nurse');
  await expect(accounts.getByRole('listitem').filter({ hasText: second })).toContainText('Physical therapist');
});
