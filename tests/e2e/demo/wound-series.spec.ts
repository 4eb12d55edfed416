/**
 * The demo's wound series: 山田 花子's heel ulcer, photographed at six visits over three weeks. The
 * gallery shows six dated wound photos; comparing the first with the last shows both, the days
 * between them, and the DESIGN-R totals of all six visits.
 */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { demoPatients, openTimeline } from '../support/timeline';

const dated = /^Wound \/ condition, .*\d/;

test('the compare view of the demo wound series shows its six dated photos and scores', async ({ page }) => {
  await signIn(page, { ...demoAccounts.pharmacist, password: demoPassword });
  await openTimeline(page, demoPatients.yamada.name);
  await page
    .getByRole('link', { name: /^Photos/ })
    .first()
    .click();
  await expect(page).toHaveURL((url) => url.pathname === '/patient/gallery');
  await page.getByText(/^Wound \/ condition \(6\)$/).click();
  const photos = page.getByRole('img', { name: dated });
  await expect(photos).toHaveCount(6, { timeout: 30_000 });
  const names = await photos.evaluateAll((images) => images.map((image) => image.getAttribute('alt') ?? ''));
  expect(new Set(names).size).toBe(6);

  await page.getByRole('button', { name: 'Choose two to compare' }).click();
  await page.getByRole('button', { name: dated }).first().click();
  await page.getByRole('button', { name: dated }).last().click();
  await page.getByRole('button', { name: 'Compare the two' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/patient/compare');
  await expect(page.getByText('17 days later')).toBeVisible();
  await expect(page.getByRole('img', { name: dated })).toHaveCount(2);
  await expect(page.getByRole('group', { name: /DESIGN-R total, 6 scores/ })).toBeVisible();
  await expect(page.getByText('D3-e3s8i1G5N3p0:20').first()).toBeVisible();
  await expect(page.getByText('d2-e0s3i0g1n0p0:4').first()).toBeVisible();
});
