/**
 * A desk's PC (two panes): a timeline opened by its address paints its posts before the patient
 * list beside it, and counts as the page's first screen (the sync's start waits for it, not for the
 * list); the list beside it then shows each patient's last activity, live as posts are written.
 */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { registerPatient, uniqueText, writePost } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };

interface DeskSeen {
  post?: number;
  list?: number;
}

/**
 * Runs in the page before its scripts: when the app first showed a post in the timeline's pane, and
 * the list in the side pane. The picture of the page the first script may show before the app has
 * started (app/_lib/early-screen) is left out: it is the page as it was, both panes at once.
 */
function recordDeskSeen(): void {
  const seen: DeskSeen = {};
  (window as Window & { deskSeen?: DeskSeen }).deskSeen = seen;
  const appOwn = ':not(#renraku-early-screen *)';
  new MutationObserver(() => {
    seen.post ??= document.querySelector(`.pane-detail article.post${appOwn}`) ? performance.now() : undefined;
    seen.list ??= document.querySelector(`.pane-list .patient-list${appOwn}`) ? performance.now() : undefined;
  }).observe(document, { childList: true, subtree: true });
}

test('on a desk, a timeline opened by its address paints before the patient list beside it, whose last activity follows a new post', async ({
  page,
}) => {
  const name = uniqueText('デスク テスト');
  await signIn(page, nurse);
  await registerPatient(page, { name, kana: 'デスク テスト', born: '1938-02-03', sex: 'Male' });

  // The list beside the new patient's timeline: no posts yet, then the one just written.
  const side = page.locator('.pane-list .patient-row', { has: page.getByRole('link', { name, exact: true }) }).locator('.patient-row-side');
  await expect(side).toContainText('No posts yet', { timeout: 20_000 });
  // The empty timeline's word is its first screen: the list did not wait for posts that are not there.
  await expect(page.locator('.pane-detail').getByText('No posts yet.')).toBeVisible();
  expect(
    await page.evaluate(() => performance.getEntriesByName('renraku:first-screen').length),
    'the first screen: the empty timeline’s',
  ).toBe(1);
  const body = uniqueText('desk side');
  await writePost(page, body);
  await expect(side).toContainText(/Last activity/);
  await expect(side).not.toContainText('No posts yet');

  // Opened again by its address: the timeline's post first, then the list, which is not the first screen.
  await page.addInitScript(recordDeskSeen);
  await page.reload();
  await expect(page.locator('.pane-detail article.post', { hasText: body })).toBeVisible();
  await expect(side).toContainText(/Last activity/, { timeout: 20_000 });
  const seen = await page.evaluate(() => (window as Window & { deskSeen?: DeskSeen }).deskSeen ?? {});
  const firstScreen = await page.evaluate(() => performance.getEntriesByName('renraku:first-screen')[0]?.startTime ?? null);
  expect(seen.post, 'the timeline’s post shown').toBeDefined();
  expect(seen.list, 'the list beside it shown').toBeGreaterThan(seen.post ?? Infinity);
  expect(firstScreen, 'the first screen: the timeline’s').not.toBeNull();
  expect(firstScreen ?? Infinity).toBeLessThan(seen.list ?? 0);
});
