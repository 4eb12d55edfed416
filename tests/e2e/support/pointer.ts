/** The mouse on the app's live lists. */
import type { Locator, Page } from '@playwright/test';

/**
 * Presses the mouse on the middle of `target`, in a list that re-sorts live (My patients, What's
 * new): the pointer comes onto the list first, which holds its order (app/_lib/use-steady-order.ts),
 * and is then moved to where `target` is. (Measured with the pointer off the list, a row could move
 * before the press: other tests' posts re-sort a demo user's lists any time.)
 */
export async function pressOn(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const middle = async () => {
    const box = await target.boundingBox();
    if (!box) throw new Error('nothing to press on');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const onList = await middle();
  await page.mouse.move(onList.x, onList.y);
  const held = await middle();
  await page.mouse.move(held.x, held.y);
  await page.mouse.down();
}
