/**
 * Figure 4: What's new (`/whats-new`) with tens of thousands of posts on the device, to the first
 * unread post's text painted (Element Timing), and to the whole collection looked through (the
 * summary's count shown). Until stop 27 the first figure was the frame after the first `.feed-item`
 * appeared, which could show its group still empty (`itemFrameMs` keeps it).
 */
import type { Page } from 'playwright-core';
import { appMarks, recordPaint, recorded, type PaintSpec } from './paint-recorder';

export interface WhatsNewRun {
  /** performance.now() in the new page (0 = navigation start) when the first item's text was painted. */
  paintMs: number;
  /** The figure until stop 27: after the frame that followed the first item's insertion. */
  itemFrameMs: number;
  /** When the summary first counted every unread post (the whole collection opened). */
  completeMs: number;
  /** Unread posts the summary counted. */
  unread: number;
  /** The app's `renraku:*` marks, ms after navigation start. */
  marks: Record<string, number>;
}

/** The first item's text; the frames after the first item and after the summary's count appeared. */
const feedPaint: PaintSpec = {
  text: { selector: '.feed-item-body', identifier: 'bench-feed', key: 'benchFeedText' },
  frames: [
    { selector: '.feed-item', key: 'benchFeedItem' },
    // The app's own feed, complete (not the kept picture shown before it, app/_lib/early-screen).
    { selector: '.whats-new [data-unread-total]:not(#renraku-early-screen *)', key: 'benchFeedComplete' },
  ],
  tagForMs: 10_000,
};

export async function measureWhatsNew(page: Page, runs: number): Promise<WhatsNewRun[]> {
  await page.addInitScript(recordPaint, feedPaint);
  const results: WhatsNewRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    await page.goto('/whats-new', { waitUntil: 'commit' });
    await page.locator('.feed-item').first().waitFor({ timeout: 30_000 });
    await page.locator('.whats-new [data-unread-total]:not(#renraku-early-screen *)').waitFor({ timeout: 60_000 });
    const itemFrameMs = await recorded(page, 'benchFeedItem');
    const paintMs = await recorded(page, 'benchFeedText');
    const completeMs = await recorded(page, 'benchFeedComplete');
    const unread = Number(
      await page.locator('.whats-new [data-unread-total]:not(#renraku-early-screen *)').getAttribute('data-unread-total'),
    );
    results.push({ paintMs, itemFrameMs, completeMs, unread, marks: await appMarks(page) });
    // As someone who comes back to it: the feed's kept copy is saved 1.5 s after the feed settles.
    await page.waitForTimeout(2_500);
  }
  return results;
}
