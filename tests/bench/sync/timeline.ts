/**
 * Figure 3: opening a long timeline (`/patient?id=…`) from this device's database, to the first
 * post's text painted (Element Timing: the browser's own record of when that text was drawn): by
 * page navigation, and by a click in the running app's patient list. Until stop 27 the figure was
 * the frame after the first `<article>` appeared — a frame that could show the post's box still
 * empty (`content-visibility: auto` lays out its inside one frame later); `articleFrameMs` keeps it.
 */
import type { Page } from 'playwright-core';
import { appMarks, recordPaint, recorded, type PaintSpec } from './paint-recorder';

export interface TimelineRun {
  /** performance.now() in the new page (0 = navigation start) when the first post's text was painted. */
  paintMs: number;
  /** The figure until stop 27: after the frame that followed the first article's insertion. */
  articleFrameMs: number;
  /** When the timeline's frame (`.timeline`: patient found, posts loading) first appeared. */
  shellMs: number;
  /** page.goto until Playwright finds the first article, seen from the bench. */
  wallMs: number;
  /** The app's `renraku:*` performance marks (app/_lib/perf-mark.ts), ms after navigation start. */
  marks: Record<string, number>;
}

export interface InAppRun {
  /** From the click on the patient in the list to the first post's text painted. */
  paintMs: number;
  /** The figure until stop 27: from the click to the frame after the first article appeared. */
  articleFrameMs: number;
  /** How long the patient list took, after it appeared, to leave the main thread free. */
  listSettleMs: number;
}

/** Each post's text, and the first article's frame (the figure until stop 27). */
const timelinePaint = (key: string): PaintSpec => ({
  text: { selector: '.post-body', identifier: 'bench-post', key: `${key}Text` },
  frames: [{ selector: 'article.post', key: `${key}Article` }],
  tagForMs: 10_000,
});

/** Runs in the page before its scripts: when the timeline's frame (`.timeline`) first appears. */
function recordTimelineShell(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.timeline')) return;
    observer.disconnect();
    (window as Window & { benchTimelineShell?: number }).benchTimelineShell = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function measureTimeline(page: Page, patientId: string, runs: number): Promise<TimelineRun[]> {
  await page.addInitScript(recordPaint, timelinePaint('benchOpen'));
  await page.addInitScript(recordTimelineShell);
  const results: TimelineRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const keptBefore = await keptTimelineCopy(page);
    const start = Date.now();
    await page.goto(`/patient?id=${patientId}`, { waitUntil: 'commit' });
    await page.locator('article.post').first().waitFor({ timeout: 30_000 });
    const wallMs = Date.now() - start;
    const articleFrameMs = await recorded(page, 'benchOpenArticle');
    const paintMs = await recorded(page, 'benchOpenText');
    const shellMs = await page.evaluate(() => (window as Window & { benchTimelineShell?: number }).benchTimelineShell ?? NaN);
    const marks = await appMarks(page);
    results.push({ paintMs, articleFrameMs, shellMs, wallMs, marks });
    await settle(page);
    // The next run is a reopening as a nurse's would be: after this one's copy and picture were
    // kept (1.5 s after its live window settled). Without this wait, a run could start before the save.
    await page.waitForFunction(
      (before) =>
        before.every(([prefix, was]) => {
          const key = Object.keys(localStorage).find((each) => each.startsWith(prefix));
          return key !== undefined && localStorage.getItem(key) !== was;
        }),
      keptBefore,
      { timeout: 20_000 },
    );
  }
  return results;
}

/** The user's kept timeline copies and screen pictures as stored (sealed), to see when new ones have been saved. */
function keptTimelineCopy(page: Page): Promise<Array<[string, string | null]>> {
  return page.evaluate(() =>
    ['renraku.screenCopy.timeline.', 'renraku.screenCopy.firstPaint.'].map((prefix): [string, string | null] => {
      const key = Object.keys(localStorage).find((each) => each.startsWith(prefix));
      return [prefix, key === undefined ? null : localStorage.getItem(key)];
    }),
  );
}

/** Waits until timers run on time (no task over 50 ms) for a full second; resolves with the wait. */
function settle(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        let quietSince = start;
        let last = start;
        const tick = () => {
          const now = performance.now();
          if (now - last > 100) quietSince = now;
          last = now;
          if (now - quietSince >= 1_000 || now - start > 30_000) resolve(quietSince - start);
          else setTimeout(tick, 50);
        };
        setTimeout(tick, 50);
      }),
  );
}

export async function measureInAppOpen(page: Page, patientId: string, runs: number): Promise<InAppRun[]> {
  const results: InAppRun[] = [];
  const href = `/patient?id=${patientId}`;
  for (let i = 0; i < runs; i += 1) {
    await page.goto('/patients');
    await page.locator(`a[href="${href}"]`).waitFor();
    const listSettleMs = await settle(page);
    await page.evaluate(recordPaint, timelinePaint('benchClick'));
    const clickedAt = await page.evaluate((href) => {
      const anchor = document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`);
      if (!anchor) throw new Error('patient link missing');
      const at = performance.now();
      anchor.click();
      return at;
    }, href);
    const paintMs = (await recorded(page, 'benchClickText')) - clickedAt;
    const articleFrameMs = (await recorded(page, 'benchClickArticle')) - clickedAt;
    results.push({ paintMs, articleFrameMs, listSettleMs });
    await settle(page);
  }
  return results;
}
