/** What the browser's IndexedDB holds: only the user's own patients, and nothing after sign-out. */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn, signOut } from '../support/sign-in';
import { demoPatients, dumpIndexedDb, newDevice, openTimeline, patientIdOf, patientLink, waitUntilSynced } from '../support/timeline';

const outsider = { ...demoAccounts.outsider, password: demoPassword };
const nurse = { ...demoAccounts.nurse, password: demoPassword };

test("a user not on a patient's team never receives the patient", async ({ page, browser }) => {
  // 山田 花子's id, as her nurse's device knows it.
  const nurseContext = await newDevice(browser);
  let yamadaId: string;
  try {
    const nursePage = await nurseContext.newPage();
    await signIn(nursePage, nurse);
    await nursePage.getByRole('link', { name: 'Open my patients', exact: true }).click();
    yamadaId = await patientIdOf(nursePage, demoPatients.yamada.name);
  } finally {
    await nurseContext.close();
  }
  expect(yamadaId).not.toBe('');

  await signIn(page, outsider);
  await page.getByRole('link', { name: 'Open my patients', exact: true }).click();
  await expect(patientLink(page, demoPatients.sato.name)).toBeVisible();
  await expect(patientLink(page, demoPatients.yamada.name)).toHaveCount(0);
  await waitUntilSynced(page);
  const satoId = await patientIdOf(page, demoPatients.sato.name);

  // The records are sealed: what is readable at rest is their ids (and sealed content).
  const stored = await dumpIndexedDb(page);
  // Proof that the dump reads the synced data at all: his record's id, in the patients and posts.
  expect(stored).toContain(satoId);
  expect(stored).toContain('_sealed');
  expect(stored).not.toContain(yamadaId);
  expect(stored).not.toContain(demoPatients.sato.name);
  expect(stored).not.toContain(demoPatients.sato.post);
});

test('signing out leaves no patient data on the device', async ({ page }) => {
  await signIn(page, nurse);
  await openTimeline(page, demoPatients.yamada.name);
  await waitUntilSynced(page);
  const yamadaId = new URL(page.url()).searchParams.get('id') ?? '';
  expect(await dumpIndexedDb(page)).toContain(yamadaId);

  await page.goto('/');
  await signOut(page);

  const stored = await dumpIndexedDb(page);
  expect(stored).not.toContain(yamadaId);
  expect(stored).not.toContain(demoPatients.yamada.post);
  // The databases may stay behind, but empty: not even the directory of colleagues is left.
  const records = Object.entries(JSON.parse(stored) as Record<string, Record<string, unknown[]>>).flatMap(([database, stores]) =>
    Object.entries(stores)
      .filter(([, rows]) => rows.length > 0)
      .map(([store, rows]) => `${database}/${store}: ${rows.length}`),
  );
  expect(records).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('renraku.profile'))).toBeNull();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('renraku.keyRing.')))).toEqual([]);
});
