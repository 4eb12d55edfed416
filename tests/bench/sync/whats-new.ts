/**
 * Figure 4: What's new (`/whats-new`) with tens of thousands of posts on the device, to the first
 * unread post's text painted (Element Timing), and to the whole collection looked through (the
 * summary's count shown). Until stop 27 the first figure was the frame after the first `.feed-item`
 * appeared, which could show its group still empty (`itemFrameMs` keeps it).
 */
import type { Page } from 'playwright-core';

export interface WhatsNewRun {
  /** performance.now() in the new page (0 = navigation start) when the first item's text was painted. */
  paintMs: number;
  /** The figure until stop 27: after the frame that followed the first item's insertion. */
  itemFrameMs: number;
  /** When the summary first counted every unread post (the whole collection opened). */
  completeMs: number;
  /** Unread posts the summary counted. */
  unread: number;
}

type BenchWindow = Window & {
  benchFirstFeedItem?: Promise<number>;
  benchFirstFeedText?: Promise<number>;
  benchFeedComplete?: Promise<number>;
};

/** Runs in the page before its scripts. */
function recordFeed(): void {
  const w = window as BenchWindow;
  const afterFrame = (resolve: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  w.benchFirstFeedText = new Promise<number>((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((each) => (each as PerformanceEntry & { identifier?: string }).identifier === 'bench-feed');
      if (!entry) return;
      observer.disconnect();
      resolve((entry as PerformanceEntry & { renderTime: number }).renderTime || entry.startTime);
    }).observe({ type: 'element', buffered: true });
  });
  // Each item's text gets an `elementtiming` attribute as it is inserted, before a frame can paint it.
  const tagger = new MutationObserver(() => {
    for (const body of document.querySelectorAll('.feed-item-body:not([elementtiming])')) body.setAttribute('elementtiming', 'bench-feed');
  });
  tagger.observe(document, { childList: true, subtree: true });
  setTimeout(() => tagger.disconnect(), 10_000);
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
    const itemFrameMs = await page.evaluate(() => (window as BenchWindow).benchFirstFeedItem ?? Promise.reject(new Error('no recorder')));
    const paintMs = await page.evaluate(() => (window as BenchWindow).benchFirstFeedText ?? Promise.reject(new Error('no recorder')));
    const completeMs = await page.evaluate(() => (window as BenchWindow).benchFeedComplete ?? Promise.reject(new Error('no recorder')));
    const unread = Number(await page.locator('.whats-new [data-unread-total]').getAttribute('data-unread-total'));
    results.push({ paintMs, itemFrameMs, completeMs, unread });
    // As someone who comes back to it: the feed's kept copy is saved 1.5 s after the feed settles.
    await page.waitForTimeout(2_500);
  }
  return results;
}
