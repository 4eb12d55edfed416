/**
 * Figure 4: the offline search on a device holding the initial sync's 20,000 posts. Opens My
 * patients and focuses the search box (which starts the index), reads the app's `renraku:search-*`
 * measures — the page's time to gather the documents into entries, the worker's time to index
 * them, focus → ready — then types queries into the box and times each from the keystroke to its
 * hits painted, beside the worker's own time answering.
 */
import type { Page } from 'playwright-core';

export interface SearchQueryRun {
  query: string;
  /** Keystroke (input event) → the hits' list for this text rendered and its frame produced. */
  paintMs: number;
  /** The index's time answering, in the worker. */
  workerMs: number;
  total: number;
}

export interface SearchFigures {
  entries: number;
  gatherMs: number;
  indexMs: number;
  readyMs: number;
  queries: SearchQueryRun[];
}

/** Rare, common (every generated post) and mixed Japanese + number, and English, each typed twice. */
export const benchQueries = ['褥瘡', '経過観察', '記録 399', 'spo2', '褥瘡', '経過観察', '記録 399', 'spo2'];

function measureOf(page: Page, name: string): Promise<number> {
  return page.evaluate((entry) => performance.getEntriesByName(entry, 'measure').at(-1)?.duration ?? NaN, name);
}

export async function measureSearch(page: Page, queries = benchQueries): Promise<SearchFigures> {
  await page.goto('/patients');
  const box = page.getByRole('searchbox', { name: /^(Search records|記録を検索)$/ });
  await box.waitFor({ timeout: 60_000 });
  // The index starts when the user turns to the box.
  await box.focus();
  await page.waitForFunction(() => performance.getEntriesByName('renraku:search-ready', 'measure').length > 0, null, { timeout: 120_000 });
  const [gatherMs = NaN, indexMs = NaN, readyMs = NaN] = await Promise.all(
    ['renraku:search-gather', 'renraku:search-index', 'renraku:search-ready'].map((name) => measureOf(page, name)),
  );
  const runs: SearchQueryRun[] = [];
  for (const query of queries) {
    await box.fill('');
    const paintMs = await page.evaluate(
      (text) =>
        new Promise<number>((resolve, reject) => {
          const input = document.querySelector<HTMLInputElement>('.record-search input[type="search"]');
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          if (!input || !setValue) return reject(new Error('no search box'));
          const selector = `.search-hits[data-search-query="${CSS.escape(text)}"]`;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          });
          observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          setValue.call(input, text);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          setTimeout(() => reject(new Error(`no hits for ${text}`)), 30_000);
        }),
      query,
    );
    const workerMs = await measureOf(page, 'renraku:search-query');
    const total = Number(await page.locator('.search-hits').getAttribute('data-search-total'));
    runs.push({ query, paintMs, workerMs, total });
  }
  const entries: number = await page.evaluate(
    () =>
      (performance.getEntriesByName('renraku:search-index', 'measure').at(-1) as PerformanceMeasure | undefined)?.detail?.entries ?? NaN,
  );
  return { entries, gatherMs, indexMs, readyMs, queries: runs };
}
