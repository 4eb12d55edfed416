/**
 * The home screen holds still while the device's database opens: the warning of visiting nursing
 * instructions about to end (read from the device's forms) keeps its place from the last time, so
 * it does not push My patients and Sign out down under a finger — as it pushed Sign out 120 px
 * at the moment Sign out became usable (the WebKit sign-out test's missed click, ci74 and ci79).
 */
import { expect, test, type Locator } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { holdPulls } from '../support/held-pulls';
import { holdDeviceDatabases, releaseDeviceDatabases } from '../support/hold-databases';
import { reachUnlocked } from '../support/lock';
import { signIn } from '../support/sign-in';

const nurse = { ...demoAccounts.nurse, password: demoPassword };

async function topOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.y;
}

test('the instruction warning keeps its place while the database opens, and Sign out stays where it is @tablet', async ({ page }) => {
  await signIn(page, nurse);
  const warning = page.getByRole('region', { name: 'Visiting nursing instructions ending' });
  // The demo's 山田 花子 has an instruction ending within 14 days.
  await expect(warning.getByRole('link')).not.toHaveCount(0);
  const endings = await warning.getByRole('link').count();
  const signOut = page.getByRole('button', { name: 'Sign out', exact: true });

  // Next time, with the database slow to open: the warning's place is kept, with as many lines.
  await holdDeviceDatabases(page);
  await page.reload();
  await reachUnlocked(page, page.getByRole('link', { name: 'My patients' }), demoPassword);
  await expect(warning).toHaveAttribute('aria-busy', 'true');
  await expect(warning.locator('li')).toHaveCount(endings);
  await expect(signOut).toBeDisabled();
  const waiting = { signOut: await topOf(signOut), myPatients: await topOf(page.getByRole('link', { name: 'My patients' })) };
  await releaseDeviceDatabases(page);
  await expect(warning.getByRole('link')).toHaveCount(endings);
  await expect(warning).not.toHaveAttribute('aria-busy');
  await expect(signOut).toBeEnabled();
  const opened = { signOut: await topOf(signOut), myPatients: await topOf(page.getByRole('link', { name: 'My patients' })) };
  expect(waiting).toEqual(opened);
});

test('on a first start the instruction warning arrives below My patients and What’s new, and moves neither @tablet', async ({ page }) => {
  // The device's forms held on their way, so that the home screen is there before the warning.
  const forms = await holdPulls(page, 'forms');
  await signIn(page, nurse);
  const primary = page.locator('.home-primary');
  const myPatients = primary.getByRole('link', { name: 'My patients' });
  const whatsNew = primary.getByRole('link', { name: /^What’s new/ });
  const warning = page.getByRole('region', { name: 'Visiting nursing instructions ending' });
  await expect(myPatients).toBeVisible();
  await expect(whatsNew).toBeVisible();
  // Nothing has kept its place: no warning, not even an empty frame, until the forms are read.
  await expect(warning).toHaveCount(0);
  const before = { myPatients: await topOf(myPatients), whatsNew: await topOf(whatsNew) };

  forms.release();
  await expect(warning.getByRole('link')).not.toHaveCount(0);
  expect({ myPatients: await topOf(myPatients), whatsNew: await topOf(whatsNew) }).toEqual(before);
  expect(await topOf(warning)).toBeGreaterThan(before.myPatients);
});
