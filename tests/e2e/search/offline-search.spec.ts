/**
 * Search of the device's own records, offline: a Japanese word finds a private post addressed to
 * me on the patient list, its hit opens the post in the timeline; the timeline's box searches that
 * patient, half-width katakana finding full-width. On a wide screen the patient list stays beside
 * the timeline with its search box, hits and name filter as they were. A team member outside the
 * private post's audience never finds it.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn } from '../support/sign-in';
import { demoPatients, timelineText, waitUntilSynced } from '../support/timeline';

const yamada = demoPatients.yamada;
/** The demo's private post, from demo-doctor to demo-nurse. */
const privatePost = '仙骨部発赤、褥瘡の初期変化の可能性。エアマットへの変更を検討してください。';

async function openPatientsSynced(page: Page): Promise<void> {
  await page.getByRole('link', { name: timelineText.en.openMyPatients }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/patients');
  await waitUntilSynced(page);
}

function hitsFor(page: Page, query: string) {
  return page.getByRole('list', { name: `Results for “${query}”` }).getByRole('link');
}

test('offline, a Japanese word finds a private post to me and opens it in its timeline @tablet', async ({ page, context }) => {
  await signIn(page, { ...demoAccounts.nurse, password: demoPassword });
  await openPatientsSynced(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  try {
    const nameFilter = page.getByRole('searchbox', { name: 'Search by name or kana', exact: true });
    await nameFilter.fill('ヤマダ');
    const box = page.getByRole('searchbox', { name: 'Search records', exact: true });
    // Words only the private post has: the demo's wound series speaks of 褥瘡 in many posts.
    await box.fill('初期変化');
    const hits = hitsFor(page, '初期変化');
    await expect(hits).toHaveCount(1);
    const hit = hits.first();
    await expect(hit).toContainText(yamada.name);
    await expect(hit).toContainText(demoAccounts.doctor.name);
    await expect(hit.locator('mark')).toHaveText(['初期変化']);
    await expect(page.getByRole('status').filter({ hasText: 'Results: 1' })).toBeVisible();

    await hit.click();
    await expect(page).toHaveURL((url) => url.pathname === '/patient' && url.searchParams.has('post'));
    const postId = new URL(page.url()).searchParams.get('post') ?? '';
    const article = page.locator(`article[data-post-id="${postId}"]`);
    await expect(article).toContainText(privatePost);
    await expect(article).toBeFocused();
    await expect(article).toBeInViewport();
    if ((page.viewportSize()?.width ?? 0) >= 1200) {
      // Two panes: the list on the left was remounted beside the timeline and kept what was typed.
      await expect(box).toHaveValue('初期変化');
      await expect(hits).toHaveCount(1);
      await expect(nameFilter).toHaveValue('ヤマダ');
      await expect(page.locator('.pane-list .patient-link').first()).toContainText(yamada.name);
      await expect(
        page
          .locator('.pane-list')
          .getByRole('status')
          .filter({ hasText: /^Matches: \d+$/ }),
      ).toBeVisible();
    }

    // The timeline's own box searches this patient; half-width katakana finds the full-width word.
    const timelineBox = page.getByRole('searchbox', { name: "Search this patient's records", exact: true });
    await timelineBox.fill('ｴｱﾏｯﾄ');
    const timelineHits = hitsFor(page, 'ｴｱﾏｯﾄ');
    await expect(timelineHits).toHaveCount(3);
    await expect(timelineHits.locator('mark')).toHaveText(['エアマット', 'エアマット', 'エアマット']);
    // Newest first: the oldest is the private post; opening it again marks and focuses it.
    await timelineHits.last().click();
    await expect(timelineHits).toHaveCount(0);
    await expect(article).toBeFocused();
  } finally {
    await context.setOffline(false);
  }
});

test('a team member outside a private post’s audience never finds it', async ({ page }) => {
  await signIn(page, { ...demoAccounts.pharmacist, password: demoPassword });
  await openPatientsSynced(page);
  const box = page.getByRole('searchbox', { name: 'Search records', exact: true });
  await box.fill('仙骨部');
  const hits = hitsFor(page, '仙骨部');
  // The team's two posts and the instruction form on the sacrum; not the doctor's private post to the nurse.
  await expect(hits).toHaveCount(3);
  await expect(hits.filter({ hasText: 'Form' })).toHaveCount(1);
  await expect(hits.filter({ hasText: '初期変化' })).toHaveCount(0);
  await box.fill('初期変化');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found for “初期変化”' })).toBeVisible();
});
