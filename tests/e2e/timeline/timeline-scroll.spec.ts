/**
 * The timeline follows its newest post as comments, photos and posts come in — but never under a
 * finger: a press held while it grows (on the patient header's links, say) is released where it
 * was pressed, and the tap goes through (ci84: the Photos link pressed as the first posts' details
 * came in; the page jumped to the newest post between press and release, and nothing opened).
 */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { demoPatients, openTimeline, waitUntilSynced } from '../support/timeline';

test('a tap held while the timeline grows lands where it was pressed @tablet', async ({ page }) => {
  await signIn(page, { ...demoAccounts.nurse, password: demoPassword });
  await openTimeline(page, demoPatients.yamada.name);
  await waitUntilSynced(page);
  await expect(page.getByRole('article').filter({ hasText: demoPatients.yamada.post })).toBeVisible();
  // At the newest post (which the timeline then follows): the patient's header is above, out of view.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  const photos = page.getByRole('link', { name: /^Photos/ }).first();
  await photos.hover();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  await page.mouse.down();
  // The timeline grows while the finger is down (as a post's comments, photos or a new post arrive).
  await page.evaluate(async () => {
    const grown = document.createElement('div');
    grown.style.height = '600px';
    document.querySelector('.timeline')?.append(grown);
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  });
  expect.soft(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);
  await page.mouse.up();
  await expect(page).toHaveURL((url) => url.pathname === '/patient/gallery');
});
