/** A facility administrator reads their staff's audit log, filters it and downloads it as CSV. */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';

const facilityAdmin = { loginId: 'demo-facility-admin', name: '井上 直子', password: demoPassword };
const nurse = { ...demoAccounts.nurse, password: demoPassword };

// The server is made unreachable with page.route, which misses a request that the app's service
// worker passes on (one run in six here: the file was saved): these tests run without it.
test.use({ serviceWorkers: 'block' });

test('a facility administrator filters the audit log and downloads it as CSV', async ({ page }) => {
  await signIn(page, facilityAdmin);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Audit log' });
  const filters = page.getByRole('form', { name: 'Filters' });
  // Their own sign-in is there, as one of their facility's sign-ins (the nurses' syncs of twenty
  // demo patients fill the unfiltered first page).
  await filters.getByLabel('Action').selectOption({ label: 'Signed in' });
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'demo-facility-admin' }).first()).toBeVisible();

  await filters.getByLabel('Login ID').fill('demo-facility-admin');
  await filters.getByLabel('Action').selectOption({ label: 'Signed in' });
  await filters.getByRole('button', { name: 'Show' }).click();
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toContainText('Signed in');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('demo-facility-admin');

  const download = page.getByRole('link', { name: 'Download CSV' });
  const csvHref = (await download.getAttribute('href')) ?? '';
  expect(csvHref).toContain('loginId=demo-facility-admin');
  const response = await page.request.get(csvHref);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d\d-\d\d\.csv"/);
  const csv = await response.text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('"auth.signIn","success","demo-facility-admin"');
  // The link itself saves the file under the server's name.
  const [saved] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(saved.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d\d-\d\d\.csv$/);

  // The reading and the export are entries of their own.
  await filters.getByLabel('Action').selectOption({ label: 'Audit log exported' });
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(rows.first()).toContainText('Audit log exported');

  // The server out of reach, then the session ended: the page says why, and nothing is saved (an
  // error's JSON saved as the CSV was what a plain link did).
  let savedAfter = 0;
  page.on('download', () => (savedAfter += 1));
  await page.route('**/api/audit/csv**', (route) => route.abort('connectionrefused'));
  await download.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot reach the server. Check your connection.' })).toBeVisible();
  await page.unroute('**/api/audit/csv**');
  await page.context().clearCookies({ name: 'renraku_session' });
  await download.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Please sign in again.' })).toBeVisible();
  expect(savedAfter).toBe(0);
});

test('the audit log is not for staff, through the screen or the CSV', async ({ page }) => {
  await signIn(page, nurse);
  await expect(page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto('/admin/audit');
  await expect(page.getByText('Only facility and region administrators can read the audit log.')).toBeVisible();
  expect((await page.request.get('/api/audit/csv')).status()).toBe(403);
});
