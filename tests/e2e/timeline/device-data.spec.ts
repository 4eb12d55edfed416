/** What the browser's IndexedDB holds: only the user's own patients, and nothing after sign-out. */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn, signOut } from '../support/sign-in';
import { demoPatients, dumpIndexedDb, openTimeline, patientLink, waitUntilSynced } from '../support/timeline';

const outsider = { ...demoAccounts.outsider, password: demoPassword };
const nurse = { ...demoAccounts.nurse, password: demoPassword };

test("a user not on a patient's team never receives the patient", async ({ page }) => {
  await signIn(page, outsider);
  await page.getByRole('link', { name: 'Open my patients', exact: true }).click();
  await expect(patientLink(page, demoPatients.sato.name)).toBeVisible();
  await expect(patientLink(page, demoPatients.yamada.name)).toHaveCount(0);
  await waitUntilSynced(page);

  const stored = await dumpIndexedDb(page);
  // Proof that the dump reads the synced data at all: his record and a post of his timeline.
  expect(stored).toContain(demoPatients.sato.name);
  expect(stored).toContain(demoPatients.sato.post);
  expect(stored).not.toContain(demoPatients.yamada.name);
  expect(stored).not.toContain(demoPatients.yamada.kana);
  expect(stored).not.toContain(demoPatients.yamada.post);
});

test('signing out leaves no patient data on the device', async ({ page }) => {
  await signIn(page, nurse);
  await openTimeline(page, demoPatients.yamada.name);
  await waitUntilSynced(page);
  expect(await dumpIndexedDb(page)).toContain('山田');

  await page.goto('/');
  await signOut(page);

  const stored = await dumpIndexedDb(page);
  expect(stored).not.toContain('山田');
  expect(stored).not.toContain(demoPatients.yamada.post);
  // The databases may stay behind, but empty: not even the directory of colleagues is left.
  const records = Object.entries(JSON.parse(stored) as Record<string, Record<string, unknown[]>>).flatMap(([database, stores]) =>
    Object.entries(stores)
      .filter(([, rows]) => rows.length > 0)
      .map(([store, rows]) => `${database}/${store}: ${rows.length}`),
  );
  expect(records).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('renraku.profile'))).toBeNull();
});
