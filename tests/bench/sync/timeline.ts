/**
 * Figure 3: opening a long timeline (`/patient?id=…`) from this device's database, to the first
 * post painted (the first `<article>` seen, then the frame that shows it): by page navigation, and
 * by a click in the running app's patient list.
 */
import type { Page } from 'playwright-core';

export interface TimelineRun {
  /** performance.now() in the new page (0 = navigation start) after the first article's frame. */
  paintMs: number;
  /** When the timeline's frame (`.timeline`: patient found, posts loading) first appeared. */
  shellMs: number;
  /** page.goto until Playwright finds the first article, seen from the bench. */
  wallMs: number;
  /** The app's `renraku:*` performance marks (app/_lib/perf-mark.ts), ms after navigation start. */
  marks: Record<string, number>;
}

export interface InAppRun {
  /** From the click on the patient in the list to the first article's frame. */
  paintMs: number;
  /** How long the patient list took, after it appeared, to leave the main thread free. */
  listSettleMs: number;
}

type BenchWindow = Window & { benchFirstArticle?: Promise<number>; benchTimelineShell?: number };

/** Runs in the page before its scripts: records when the timeline frame and the first article appear. */
function recordFirstArticle(): void {
  const w = window as BenchWindow;
  w.benchFirstArticle = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (w.benchTimelineShell === undefined && document.querySelector('.timeline')) w.benchTimelineShell = performance.now();
      if (!document.querySelector('article.post')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        // A message posted from the frame callback runs once the frame has been produced.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

export async function measureTimeline(page: Page, patientId: string, runs: number): Promise<TimelineRun[]> {
  await page.addInitScript(recordFirstArticle);
  const results: TimelineRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = Date.now();
    await page.goto(`/patient?id=${patientId}`, { waitUntil: 'commit' });
    await page.locator('article.post').first().waitFor({ timeout: 30_000 });
    const wallMs = Date.now() - start;
    const paintMs = await page.evaluate(() => (window as BenchWindow).benchFirstArticle ?? Promise.reject(new Error('no recorder')));
    const shellMs = await page.evaluate(() => (window as BenchWindow).benchTimelineShell ?? NaN);
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((mark) => mark.name.startsWith('renraku:'))
          .map((mark) => [mark.name.slice('renraku:'.length), Math.round(mark.startTime)]),
      ),
    );
    results.push({ paintMs, shellMs, wallMs, marks });
    await settle(page);
  }
  return results;
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
    const paintMs = await page.evaluate(
      (href) =>
        new Promise<number>((resolve, reject) => {
          const anchor = document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`);
          if (!anchor) return reject(new Error('patient link missing'));
          const observer = new MutationObserver(() => {
            if (!document.querySelector('article.post')) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - clickedAt);
              channel.port2.postMessage(null);
            });
          });
          observer.observe(document.body, { childList: true, subtree: true });
          const clickedAt = performance.now();
          anchor.click();
        }),
      href,
    );
    results.push({ paintMs, listSettleMs });
    await settle(page);
  }
  return results;
}
