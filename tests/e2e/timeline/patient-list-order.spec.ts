/**
 * My patients is sorted by last activity, live: a post written anywhere moves its patient to the
 * top. Not under a hand: a press that lands on one row and a release on the row that moved under it
 * is no click (a CI run lost a test's tap so, when a parallel test posted meanwhile). While pressed,
 * or while keys move the focus through it, the list keeps its order; left, it takes the live order
 * again.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { patientLink, registerPatient, uniqueText, writePost } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };

/** The names in My patients' list of active patients, top to bottom. */
function listedNames(page: Page): Promise<string[]> {
  return page.locator('.patient-list').first().locator('.patient-link').allTextContents();
}

function rowOf(page: Page, name: string): Locator {
  return page.locator('.patient-row', { has: patientLink(page, name) });
}

/** Presses the mouse on the middle of `target`, scrolled into view first. */
/** Opens a patient's timeline in `tab` by its address, once the app has replaced the page's picture of it. */
async function openInTab(tab: Page, id: string): Promise<void> {
  await tab.goto(`/patient?id=${id}`);
  await expect(tab.locator('#renraku-early-screen')).toHaveCount(0);
}

async function pressOn(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to press on');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
}

test('a post that re-sorts My patients while a row is pressed, or the keys move through it, neither moves a row nor loses the tap @tablet', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // Three patients of her own, no posts yet: listed last, by kana (ア, イ, ウ), whatever else is listed.
  const first = uniqueText('順番 ア');
  const second = uniqueText('順番 イ');
  const third = uniqueText('順番 ウ');
  await signIn(page, nurse);
  const firstId = await registerPatient(page, { name: first, kana: 'ジュンバン ア', born: '1939-04-05', sex: 'Female' });
  const secondId = await registerPatient(page, { name: second, kana: 'ジュンバン イ', born: '1939-04-06', sex: 'Female' });
  const thirdId = await registerPatient(page, { name: third, kana: 'ジュンバン ウ', born: '1939-04-07', sex: 'Female' });
  // Another tab of the same tablet writes the posts that re-sort the list.
  const writer = await context.newPage();

  await page.goto('/patients');
  await expect(rowOf(page, second).locator('.patient-row-side')).toContainText('No posts yet', { timeout: 20_000 });
  const before = await listedNames(page);
  expect(before.indexOf(first), 'the two new patients, ア first').toBeLessThan(before.indexOf(second));

  // 1. A press on the list's count above the rows (each row is all link); a post on the second,
  //    which would go to the top.
  await pressOn(page, page.locator('.stack:has(> .patient-list) > p.hint[role="status"]'));
  await openInTab(writer, secondId);
  await writePost(writer, uniqueText('順番 1'));
  await expect(rowOf(page, second).locator('.patient-row-side'), 'the post has reached the list').toContainText(/Last activity/, {
    timeout: 20_000,
  });
  let shown = await listedNames(page);
  expect(shown.indexOf(second), 'held under the press: the second still below the first').toBeGreaterThan(shown.indexOf(first));
  // Released and left: the live order.
  await page.mouse.up();
  await page.mouse.move(1, 1);
  await expect
    .poll(
      async () => {
        const names = await listedNames(page);
        return names.indexOf(second) < names.indexOf(first);
      },
      { message: 'the second, written last, above the first once the hand is off' },
    )
    .toBe(true);

  // 2. A press on the first's link; a post on the first, which moves her to the top, above the row
  //    the press landed next to. The release opens her timeline, not nothing and not the second's.
  await pressOn(page, patientLink(page, first));
  await openInTab(writer, firstId);
  await writePost(writer, uniqueText('順番 2'));
  await expect(rowOf(page, first).locator('.patient-row-side'), 'the post has reached the list').toContainText(/Last activity/, {
    timeout: 20_000,
  });
  shown = await listedNames(page);
  expect(shown.indexOf(first), 'held under the press: the first still below the second').toBeGreaterThan(shown.indexOf(second));
  await page.mouse.up();
  await expect(page).toHaveURL((url) => url.pathname === '/patient' && url.searchParams.get('id') === firstId);
  await expect(page.getByRole('heading', { level: 1, name: first, exact: true })).toBeVisible();

  // 3. The keys: j and k move the focus from row to row while a post on the third would put her on
  //    top; the order holds until the keys stop.
  await page.goto('/patients');
  await expect(rowOf(page, third).locator('.patient-row-side')).toContainText('No posts yet', { timeout: 20_000 });
  await patientLink(page, first).focus();
  const written = openInTab(writer, thirdId).then(() => writePost(writer, uniqueText('順番 3')));
  const thirdSide = rowOf(page, third).locator('.patient-row-side');
  const keysUntil = Date.now() + 30_000;
  while (Date.now() < keysUntil && !/Last activity/.test((await thirdSide.textContent()) ?? '')) {
    await page.keyboard.press('j');
    await page.keyboard.press('k');
  }
  await written;
  await expect(thirdSide, 'the post has reached the list').toContainText(/Last activity/);
  shown = await listedNames(page);
  expect(shown.indexOf(third), 'held under the keys: the third still below the first').toBeGreaterThan(shown.indexOf(first));
  await expect
    .poll(
      async () => {
        const names = await listedNames(page);
        return names.indexOf(third) < names.indexOf(first);
      },
      { message: 'the third, written last, above the first once the keys stop' },
    )
    .toBe(true);
  await writer.close();
});
