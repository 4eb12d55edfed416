/**
 * Figure 3: opening a long timeline (`/patient?id=…`) from this device's database, to the first
 * post's text painted (Element Timing: the browser's own record of when that text was drawn): by
 * page navigation, and by a click in the running app's patient list. Until stop 27 the figure was
 * the frame after the first `<article>` appeared — a frame that could show the post's box still
 * empty (`content-visibility: auto` lays out its inside one frame later); `articleFrameMs` keeps it.
 */
import type { Page } from 'playwright-core';

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

type BenchWindow = Window & {
  benchFirstArticle?: Promise<number>;
  benchFirstPostText?: Promise<number>;
  benchTimelineShell?: number;
};

/**
 * Runs in the page before its scripts: records when the timeline frame and the first article
 * appear, and when the first post's text is painted. Each post body gets an `elementtiming`
 * attribute as it is inserted (before any frame could paint it), so the browser reports the paint.
 */
function recordFirstArticle(): void {
  const w = window as BenchWindow;
  w.benchFirstPostText = new Promise<number>((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((each) => (each as PerformanceEntry & { identifier?: string }).identifier === 'bench-post');
      if (!entry) return;
      observer.disconnect();
      const timing = entry as PerformanceEntry & { renderTime: number; loadTime: number };
      resolve(timing.renderTime || timing.startTime);
    }).observe({ type: 'element', buffered: true });
  });
  w.benchFirstArticle = new Promise<number>((resolve) => {
    let framed = false;
    const observer = new MutationObserver(() => {
      for (const body of document.querySelectorAll('.post-body:not([elementtiming])')) body.setAttribute('elementtiming', 'bench-post');
      if (w.benchTimelineShell === undefined && document.querySelector('.timeline')) w.benchTimelineShell = performance.now();
      if (framed || !document.querySelector('article.post')) return;
      framed = true;
      requestAnimationFrame(() => {
        // A message posted from the frame callback runs once the frame has been produced.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
      // Tagging goes on a little longer: posts inserted in the next commits are tagged too.
      setTimeout(() => observer.disconnect(), 3_000);
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

export async function measureTimeline(page: Page, patientId: string, runs: number): Promise<TimelineRun[]> {
  await page.addInitScript(recordFirstArticle);
  const results: TimelineRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const keptBefore = await keptTimelineCopy(page);
    const start = Date.now();
    await page.goto(`/patient?id=${patientId}`, { waitUntil: 'commit' });
    await page.locator('article.post').first().waitFor({ timeout: 30_000 });
    const wallMs = Date.now() - start;
    const articleFrameMs = await page.evaluate(() => (window as BenchWindow).benchFirstArticle ?? Promise.reject(new Error('no recorder')));
    const paintMs = await page.evaluate(() => (window as BenchWindow).benchFirstPostText ?? Promise.reject(new Error('no recorder')));
    const shellMs = await page.evaluate(() => (window as BenchWindow).benchTimelineShell ?? NaN);
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((mark) => mark.name.startsWith('renraku:'))
          .map((mark) => [mark.name.slice('renraku:'.length), Math.round(mark.startTime)]),
      ),
    );
    results.push({ paintMs, articleFrameMs, shellMs, wallMs, marks });
    await settle(page);
    // The next run is a reopening as a nurse's would be: after this one's copy was kept (1.5 s
    // after its live window settled). Without this wait, a run could start before the save.
    await page.waitForFunction(
      (before) => {
        const key = Object.keys(localStorage).find((each) => each.startsWith('renraku.screenCopy.timeline.'));
        return key !== undefined && localStorage.getItem(key) !== before;
      },
      keptBefore,
      { timeout: 20_000 },
    );
  }
  return results;
}

/** The user's kept timeline copies as stored (sealed), to see when a new one has been saved. */
function keptTimelineCopy(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((each) => each.startsWith('renraku.screenCopy.timeline.'));
    return key === undefined ? null : localStorage.getItem(key);
  });
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
    const { paintMs, articleFrameMs } = await page.evaluate(
      (href) =>
        new Promise<{ paintMs: number; articleFrameMs: number }>((resolve, reject) => {
          const anchor = document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`);
          if (!anchor) return reject(new Error('patient link missing'));
          let framed = false;
          let framedAt: (at: number) => void = () => undefined;
          const articleFramed = new Promise<number>((done) => (framedAt = done));
          const textPainted = new Promise<number>((done) => {
            new PerformanceObserver((list, observer) => {
              const entry = list
                .getEntries()
                .find((each) => (each as PerformanceEntry & { identifier?: string }).identifier === 'bench-post');
              if (!entry) return;
              observer.disconnect();
              done((entry as PerformanceEntry & { renderTime: number }).renderTime || entry.startTime);
            }).observe({ type: 'element' });
          });
          const observer = new MutationObserver(() => {
            for (const body of document.querySelectorAll('.post-body:not([elementtiming])'))
              body.setAttribute('elementtiming', 'bench-post');
            if (framed || !document.querySelector('article.post')) return;
            framed = true;
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => framedAt(performance.now() - clickedAt);
              channel.port2.postMessage(null);
            });
            setTimeout(() => observer.disconnect(), 3_000);
          });
          observer.observe(document.body, { childList: true, subtree: true });
          const clickedAt = performance.now();
          anchor.click();
          void Promise.all([textPainted, articleFramed]).then(([at, articleFrameMs]) =>
            resolve({ paintMs: at - clickedAt, articleFrameMs }),
          );
        }),
      href,
    );
    results.push({ paintMs, articleFrameMs, listSettleMs });
    await settle(page);
  }
  return results;
}
