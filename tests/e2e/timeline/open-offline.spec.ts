/** A patient synced to the device but never opened on it opens offline, straight from its address. */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn, unlock } from '../support/sign-in';
import { demoPatients, patientLink, syncStatus, waitUntilSynced } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const yamada = demoPatients.yamada;

test('a timeline never opened on this device opens offline by its address', async ({ page, context }) => {
  await signIn(page, nurse);
  await page.getByRole('link', { name: 'Open my patients', exact: true }).click();
  const link = patientLink(page, yamada.name);
  await expect(link).toBeVisible();
  await waitUntilSynced(page);
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/patient\?id=[\w-]+$/);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  try {
    await page.goto(href ?? '');
    await unlock(page, demoPassword);
    await expect(page.getByRole('heading', { level: 1, name: yamada.name, exact: true })).toBeVisible();
    await expect(page.getByText(yamada.post, { exact: true })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(syncStatus(page)).toContainText('Offline');
  } finally {
    await context.setOffline(false);
  }
});
