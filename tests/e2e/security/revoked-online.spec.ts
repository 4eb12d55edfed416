/**
 * A tablet that is online when its device is revoked learns it from its live stream, not at its
 * next minute's sync: within 15 seconds it is signed out, told why, and holds no patient data.
 * Its pulls and pushes are held back meanwhile, so only the stream can tell it.
 */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { demoPatients, dumpIndexedDb, newDevice, openTimeline, waitUntilSynced } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const admin = { ...demoAccounts.facilityAdmin, password: demoPassword };

test('revoking an online tablet wipes it within 15 seconds', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tablet = await newDevice(browser);
  try {
    const device = await tablet.newPage();
    await signIn(device, nurse);
    await openTimeline(device, demoPatients.yamada.name);
    await waitUntilSynced(device);
    // The nurse's databases (encrypted, so looked for by name): the wipe deletes them.
    const databases = () =>
      device.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.includes('renraku')));
    const held = await databases();
    expect(held.length).toBeGreaterThan(0);
    const deviceId = await device.evaluate(async () => {
      const answer = (await (await fetch('/api/trpc/auth.me')).json()) as { result: { data: { json: { device: { id: string } } } } };
      return answer.result.data.json.device.id;
    });
    // From here only the stream may tell the tablet: its syncs get no answer.
    await tablet.route(/\/api\/trpc\/[^?]*sync\.(pull|push)/, (route) => route.abort());

    await signIn(page, admin);
    const revokedAt = Date.now();
    const status = await page.evaluate(
      async (id) =>
        (
          await fetch('/api/trpc/devices.revoke', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ json: { deviceId: id } }),
          })
        ).status,
      deviceId,
    );
    expect(status).toBe(200);

    await expect(device).toHaveURL((url) => url.pathname === '/signin', { timeout: 15_000 });
    await expect(
      device.getByText('An administrator stopped this device from being used, so the patient information on it has been erased.'),
    ).toBeVisible({ timeout: Math.max(1_000, 15_000 - (Date.now() - revokedAt)) });
    expect(Date.now() - revokedAt).toBeLessThan(15_000);
    await expect.poll(async () => (await databases()).filter((name) => held.includes(name))).toEqual([]);
    expect(await dumpIndexedDb(device)).not.toContain(demoPatients.yamada.name);
  } finally {
    await tablet.close();
  }
});
