/**
 * DESIGN-R®2020 from the photo: the nurse scores two wound photos in the viewer (an incomplete score
 * is refused with the missing item named), and the compare view shows each photo's score beside it
 * and the total over time.
 */
import { expect, test, type Locator } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { demoPatients, fixturePhoto, openTimeline, postsWith, preparedWithin, uniqueText } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const yamada = demoPatients.yamada;

/** Chooses one code per item, each radio found by the code its label starts with. */
async function choose(dialog: Locator, codes: string[]) {
  for (const code of codes) await dialog.getByRole('radio', { name: new RegExp(`^${code} `) }).check();
}

test('a wound photo is scored in the viewer and the scores sit beside the compared photos @tablet', async ({ page }, testInfo) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  const body = uniqueText('sacral wound, two views');
  await page.getByLabel('Message', { exact: true }).fill(body);
  await page
    .getByLabel('Add photo')
    .setInputFiles([fixturePhoto('orientation/Landscape_1.jpg'), fixturePhoto('orientation/Portrait_1.jpg')]);
  const kinds = page.getByLabel('What the photo shows');
  await expect(kinds).toHaveCount(2, preparedWithin);
  for (const kind of await kinds.all()) await kind.selectOption({ label: 'Wound / condition' });
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postsWith(page, body).getByText('Waiting to send')).toHaveCount(0, { timeout: 30_000 });

  await postsWith(page, body)
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  const viewer = page.getByRole('dialog', { name: 'Photo viewer' });
  await viewer.getByRole('button', { name: 'Record DESIGN-R' }).click();
  const scoring = page.getByRole('dialog', { name: 'DESIGN-R®2020 of this photo' });
  await expect(scoring).toBeVisible();
  await scoring.getByLabel('Site (部位)').fill('仙骨部');
  // Half a score is refused, the first missing item named and focused.
  await choose(scoring, ['D3', 'e3']);
  await scoring.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(scoring.getByRole('alert')).toContainText('Size (大きさ)');
  await expect(scoring.getByRole('group', { name: 'Size (大きさ)' }).getByRole('radio').first()).toBeFocused();
  await choose(scoring, ['s8', 'i1', 'g3', 'N3', 'p0']);
  await expect(scoring.getByRole('status')).toHaveText('Total 18 (depth is not added) · D3-e3s8i1g3N3p0:18');
  await page.screenshot({ path: testInfo.outputPath('design-r-dialog.png') });
  await scoring.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(scoring).toBeHidden();

  await viewer.getByRole('button', { name: 'Next photo' }).click();
  await expect(viewer.getByText('2 / 2')).toBeVisible();
  await viewer.getByRole('button', { name: 'Record DESIGN-R' }).click();
  // The site carries over from the last score of this patient.
  await expect(scoring.getByLabel('Site (部位)')).toHaveValue('仙骨部');
  await choose(scoring, ['d2', 'e1', 's6', 'i0', 'g1', 'n0', 'p0']);
  await expect(scoring.getByRole('status')).toContainText('d2-e1s6i0g1n0p0:8');
  await scoring.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(scoring).toBeHidden();
  await viewer.getByRole('button', { name: 'Close' }).click();

  // Other projects score photos of the same patient at the same time: compare exactly these two.
  const sent = postsWith(page, body).locator('img[src$="/thumb"]');
  await expect(sent).toHaveCount(2);
  const ids = await sent.evaluateAll((images) => images.map((image) => image.getAttribute('src')?.split('/').at(-2) ?? ''));
  expect(ids).toHaveLength(2);
  await page.goto(
    `/patient/compare?${new URLSearchParams({ id: new URL(page.url()).searchParams.get('id') ?? '', a: ids[0] ?? '', b: ids[1] ?? '' })}`,
  );
  await expect(page.getByRole('heading', { name: `Compare photos of ${yamada.name}` })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('D3-e3s8i1g3N3p0:18')).toBeVisible();
  await expect(main.getByText('d2-e1s6i0g1n0p0:8')).toBeVisible();
  await expect(main.getByRole('group', { name: /^仙骨部 DESIGN-R total, \d+ scores$/ })).toBeVisible();
  const compared = main.locator('.compare-pane img');
  await expect(compared).toHaveCount(2);
  for (const image of await compared.all())
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('compare-scores.png'), fullPage: true });
});
