/**
 * What's new (新着) on a desk's PC: posts written for two patients by people of two facilities
 * show there, under each patient, without opening either timeline; one opens at its post with
 * What's new still beside it; Mark all read empties a patient's group; a comment on a post already
 * read is news again, under its post, until the post is read again.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn, type Credentials } from '../support/sign-in';
import { explainMissingPost } from '../support/explain';
import { pressOn } from '../support/pointer';
import {
  demoPatients,
  newDevice,
  openTimeline,
  postsWith,
  timelineText,
  uniqueText,
  waitUntilSynced,
  writePost,
} from '../support/timeline';

const doctor = { ...demoAccounts.doctor, password: demoPassword };
const nurse = { ...demoAccounts.nurse, password: demoPassword };
// みどり訪問看護ステーション writes for 木村 千代, ひかり訪問看護ステーション for 佐藤 一郎 (the doctor is on both teams).
const outsider = { ...demoAccounts.outsider, password: demoPassword };

/** Writes a post for `patient` as `account` on a device of its own. */
async function postFromAnotherDevice(page: Page, account: Credentials & { name: string }, patient: string, body: string) {
  await signIn(page, account);
  await openTimeline(page, patient, timelineText.either);
  await writePost(page, body, timelineText.either);
  await waitUntilSynced(page, timelineText.either);
}

function feedGroup(page: Page, patient: string) {
  return page.locator('.feed-group').filter({ has: page.getByRole('heading', { level: 2, name: patient, exact: true }) });
}

test("two patients with new posts from two facilities show in What's new without opening either", async ({ page, browser }, testInfo) => {
  // Three devices sign in and sync one after the other: 45 s on a quiet machine, over 60 s on a loaded one.
  test.setTimeout(150_000);
  const forKimura = uniqueText('whats-new kimura');
  const forSato = uniqueText('whats-new sato');
  const [nurseContext, outsiderContext] = [await newDevice(browser), await newDevice(browser)];
  // The nurse's device stays open: she comments on her post once the doctor has read it.
  const nursePage = await nurseContext.newPage();
  try {
    await postFromAnotherDevice(nursePage, nurse, demoPatients.kimura.name, forKimura);
    await postFromAnotherDevice(await outsiderContext.newPage(), outsider, demoPatients.sato.name, forSato);
  } finally {
    await outsiderContext.close();
  }
  try {
    await readAndComment(page, nursePage, forKimura, forSato, testInfo.outputPath.bind(testInfo));
  } finally {
    await nurseContext.close();
  }
});

async function readAndComment(page: Page, nursePage: Page, forKimura: string, forSato: string, outputPath: (name: string) => string) {
  await signIn(page, doctor);
  const headerLink = page.getByRole('banner').getByRole('link', { name: /^What’s new \d+ unread$/ });
  await expect(headerLink).toBeVisible({ timeout: 30_000 });
  await headerLink.click();
  await expect(page).toHaveURL((url) => url.pathname === '/whats-new');
  await expect(page.getByRole('heading', { level: 1, name: 'What’s new' })).toBeVisible();

  const kimura = feedGroup(page, demoPatients.kimura.name);
  const sato = feedGroup(page, demoPatients.sato.name);
  try {
    await expect(kimura.getByRole('link', { name: new RegExp(forKimura) })).toBeVisible({ timeout: 30_000 });
  } catch (error) {
    await explainMissingPost(page, forKimura);
    throw error;
  }
  await expect(sato.getByRole('link', { name: new RegExp(forSato) })).toBeVisible();
  // Each post under its own patient only, and neither timeline was opened to find them.
  await expect(kimura.getByText(forSato)).toHaveCount(0);
  await expect(sato.getByText(forKimura)).toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /unread \(\d+ patients\)/ })).toBeVisible();
  await page.screenshot({ path: outputPath('whats-new.png'), fullPage: true });

  // News that re-sorts the feed waits while a hand is on it (app/_lib/use-steady-order.ts): a press
  // on 佐藤 一郎's group, then the nurse's second post for 木村 千代, the newest news, below.
  const groupIndex = (patient: string) =>
    page.locator('.feed-group h2').evaluateAll((headings, name) => headings.findIndex((heading) => heading.textContent === name), patient);
  expect(await groupIndex(demoPatients.sato.name), '佐藤 一郎, the newer news, above').toBeLessThan(
    await groupIndex(demoPatients.kimura.name),
  );
  await pressOn(page, sato.locator('.feed-group-head .badge'));
  const forKimuraAgain = uniqueText('whats-new kimura again');
  await writePost(nursePage, forKimuraAgain, timelineText.either);
  await waitUntilSynced(nursePage, timelineText.either);
  await expect(kimura.getByText(forKimuraAgain), 'the news has reached the feed').toBeVisible({ timeout: 30_000 });
  expect(await groupIndex(demoPatients.kimura.name), 'held under the press: 木村 千代 still below').toBeGreaterThan(
    await groupIndex(demoPatients.sato.name),
  );
  await page.mouse.up();
  await page.mouse.move(1, 1);
  await expect
    .poll(async () => (await groupIndex(demoPatients.kimura.name)) < (await groupIndex(demoPatients.sato.name)), {
      message: '木村 千代, the newest news, on top once the hand is off',
    })
    .toBe(true);

  // Keyboard: j moves to the first post of the newest patient's group, j/↓ on and k/↑ back.
  const items = page.locator('[data-feed-item]');
  await page.keyboard.press('j');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.first()).toBeFocused();

  // Enter on the selected item opens the post in its timeline, scrolled to and highlighted, What's new beside it.
  const kimuraItem = kimura.getByRole('link', { name: new RegExp(forKimura) });
  try {
    await kimuraItem.focus({ timeout: 20_000 });
  } catch (error) {
    await explainMissingPost(page, forKimura);
    throw error;
  }
  // The left pane marks what is open on the right — the item, until reading it takes it off, which
  // can be within a second of the post showing: watched from before the key is pressed.
  const markedCurrent = page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const current = () => [...document.querySelectorAll('[data-feed-item][aria-current="page"]')];
        const check = () => {
          if (!current().some((item) => item.textContent?.includes(text))) return false;
          observer.disconnect();
          resolve(current().length);
          return true;
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-current'] });
        setTimeout(() => check() || (observer.disconnect(), resolve(0)), 15_000);
      }),
    forKimura,
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === '/patient' && url.searchParams.has('post'));
  // Marked, and the only one marked.
  expect(await markedCurrent).toBe(1);
  const opened = postsWith(page, forKimura);
  await expect(opened).toHaveAttribute('data-found', '');
  await expect(opened).toBeFocused();
  await expect(opened).toBeInViewport();
  // In the timeline, k and j move between its posts.
  await page.keyboard.press('k');
  await expect(opened).not.toBeFocused();
  await expect(page.locator('.pane-detail article.post:focus')).toHaveCount(1);
  await page.keyboard.press('j');
  await expect(opened).toBeFocused();
  await expect(feedGroup(page, demoPatients.sato.name).getByRole('link', { name: new RegExp(forSato) })).toBeVisible();
  await page.screenshot({ path: outputPath('two-panes.png') });

  // Reading it there takes it off What's new (live); Mark all read empties 佐藤 一郎's group.
  await expect(page.locator('.feed-group').getByText(forKimura)).toHaveCount(0, { timeout: 20_000 });
  await page.getByRole('button', { name: `Mark all read for ${demoPatients.sato.name}` }).click();
  await expect(feedGroup(page, demoPatients.sato.name)).toHaveCount(0);

  // The nurse comments on her post, which the doctor has read: it is news again, under its post.
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^What’s new/ })
    .click();
  await expect(page).toHaveURL((url) => url.pathname === '/whats-new');
  const comment = uniqueText('comment after the read');
  const nursePost = postsWith(nursePage, forKimura);
  await nursePost.getByRole('button', { name: /^(Comment|コメントする)$/ }).click();
  await nursePost.getByLabel(/^(Your comment|コメント)$/).fill(comment);
  await nursePost.getByRole('button', { name: /^(Send comment|コメントを送る)$/ }).click();
  await waitUntilSynced(nursePage, timelineText.either);
  const commented = feedGroup(page, demoPatients.kimura.name).locator('[data-feed-item]').filter({ hasText: forKimura });
  await expect(commented.getByText('New comments: 1', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(commented).toHaveAttribute('data-post-unread', 'false');
  await page.screenshot({ path: outputPath('new-comment.png'), fullPage: true });
  // Opening the post shows the comment and reads it: What's new lets it go.
  await commented.click();
  await expect(postsWith(page, forKimura).getByText(comment)).toBeVisible();
  await expect(page.locator('.feed-group [data-feed-item]').filter({ hasText: forKimura })).toHaveCount(0, { timeout: 20_000 });
}

/**
 * A patient of the doctor's and the nurse's whom no other spec opens, one for each project running
 * the test below: opening a timeline as the doctor reads its newest posts on all his devices.
 */
const oneColumnPatients: Record<string, string> = { desktop: '鈴木 正男', ipad: '渡辺 春江', 'android-tablet': '池田 隆' };

test('tablets keep one column: no two panes at iPad (portrait and landscape) and Android tablet widths @tablet', async ({
  page,
  browser,
}, testInfo) => {
  const patient = oneColumnPatients[testInfo.project.name];
  expect(patient, `a patient of its own for ${testInfo.project.name}`).toBeDefined();
  const body = uniqueText('one column');
  const nurseDevice = await newDevice(browser);
  try {
    await postFromAnotherDevice(await nurseDevice.newPage(), nurse, patient ?? '', body);
  } finally {
    await nurseDevice.close();
  }
  await signIn(page, doctor);
  const headerLink = page.getByRole('banner').getByRole('link', { name: /^What’s new/ });
  await headerLink.click();
  await expect(page).toHaveURL((url) => url.pathname === '/whats-new');
  const viewports = [
    page.viewportSize(),
    { width: 1180, height: 820 },
    { width: 1024, height: 768 },
    { width: 820, height: 1180 },
    { width: 712, height: 1138 },
  ];
  for (const viewport of viewports) {
    if (!viewport || viewport.width >= 1200) continue;
    await page.setViewportSize(viewport);
    await expect(page.getByRole('heading', { level: 1, name: 'What’s new' })).toBeVisible();
    await expect(page.locator('.two-panes'), `${viewport.width} px`).toHaveCount(0);
  }
  // A post opened from the list takes the whole screen: no list beside it.
  const item = page.locator('.feed-item', { hasText: body });
  await expect(item).toBeVisible({ timeout: 30_000 });
  await item.click();
  await expect(page).toHaveURL((url) => url.pathname === '/patient');
  await expect(postsWith(page, body)).toBeVisible();
  await expect(page.locator('.two-panes, .pane-list')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'What’s new' })).toHaveCount(0);
});
