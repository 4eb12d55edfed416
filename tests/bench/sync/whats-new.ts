/**
 * Figure 4: What's new (`/whats-new`) with tens of thousands of posts on the device, to the first
 * unread post painted (the first `.feed-item` seen, then the frame that shows it), and to the
 * whole collection looked through (the summary's count shown).
 */
import type { Page } from 'playwright-core';

export interface WhatsNewRun {
  /** performance.now() in the new page (0 = navigation start) after the first item's frame. */
  paintMs: number;
  /** When the summary first counted every unread post (the whole collection opened). */
  completeMs: number;
  /** Unread posts the summary counted. */
  unread: number;
}

type BenchWindow = Window & { benchFirstFeedItem?: Promise<number>; benchFeedComplete?: Promise<number> };

/** Runs in the page before its scripts. */
function recordFeed(): void {
  const w = window as BenchWindow;
  const afterFrame = (resolve: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const when = (found: () => boolean) =>
    new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        afterFrame(resolve);
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  w.benchFirstFeedItem = when(() => document.querySelector('.feed-item') !== null);
  w.benchFeedComplete = when(() => document.querySelector('.whats-new [data-unread-total]') !== null);
}

export async function measureWhatsNew(page: Page, runs: number): Promise<WhatsNewRun[]> {
  await page.addInitScript(recordFeed);
  const results: WhatsNewRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    await page.goto('/whats-new', { waitUntil: 'commit' });
    await page.locator('.feed-item').first().waitFor({ timeout: 30_000 });
    await page.locator('.whats-new [data-unread-total]').waitFor({ timeout: 60_000 });
    const paintMs = await page.evaluate(() => (window as BenchWindow).benchFirstFeedItem ?? Promise.reject(new Error('no recorder')));
    const completeMs = await page.evaluate(() => (window as BenchWindow).benchFeedComplete ?? Promise.reject(new Error('no recorder')));
    const unread = Number(await page.locator('.whats-new [data-unread-total]').getAttribute('data-unread-total'));
    results.push({ paintMs, completeMs, unread });
    // As someone who comes back to it: the feed's kept copy is saved 1.5 s after the feed settles.
    await page.waitForTimeout(2_500);
  }
  return results;
}
