/**
 * The bench's record of when a screen was painted, run inside the page (`page.addInitScript` before
 * its scripts, or `page.evaluate` before a click). It is sent to the page as text, so it is
 * self-contained and takes everything as its argument.
 *
 * - `text`: each element matching its selector gets an `elementtiming` attribute as it is inserted
 *   (before any frame could paint it); `window[key]` resolves with the first one's paint, as the
 *   browser records it (Element Timing's `renderTime`: the frame's presentation). A kept picture of
 *   the screen (app/_lib/early-screen) tags its own text (`renraku-early-screen`): a match of the
 *   selector among it counts as well; one the service worker drew into the page counts when the app
 *   marks it painted (`renraku:early-screen-painted`: the page's first frame with content) — after
 *   the recorder started: a recorder started before a click does not take the page's own picture.
 * - `frames`: `window[key]` resolves once the frame after the first match of the selector appeared
 *   has been produced — the figure until stop 27, which could show the element's box still empty.
 *
 * Every time is `performance.now()` in the page (0 = its navigation's start).
 */
import type { Page } from 'playwright-core';

export interface PaintSpec {
  text: { selector: string; identifier: string; key: string };
  frames: Array<{ selector: string; key: string }>;
  /** How long to go on tagging (elements inserted in later commits are tagged too). */
  tagForMs: number;
}

export function recordPaint({ text, frames, tagForMs }: PaintSpec): void {
  const recorded = window as unknown as Record<string, Promise<number>>;
  // Started before a click, the recorder must not take the page's own earlier picture for the next screen's.
  const since = performance.now();
  recorded[text.key] = new Promise<number>((resolve) => {
    // A picture the service worker drew into the page: the app marks its paint (boot.ts), the page's
    // first frame with content, since Chromium does not always report Element Timing for it.
    new PerformanceObserver((list, observer) => {
      const mark = list
        .getEntriesByName('renraku:early-screen-painted')
        .find((each) => each.startTime >= since && (each as PerformanceMark).detail?.drawnBy === 'worker');
      if (!mark) return;
      observer.disconnect();
      resolve(mark.startTime);
    }).observe({ type: 'mark', buffered: true });
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((each) => {
        const { identifier, element } = each as PerformanceEntry & { identifier?: string; element?: Element | null };
        return identifier === text.identifier || (identifier === 'renraku-early-screen' && element?.matches(text.selector));
      });
      if (!entry) return;
      observer.disconnect();
      resolve((entry as PerformanceEntry & { renderTime: number }).renderTime || entry.startTime);
    }).observe({ type: 'element', buffered: true });
  });
  const tagger = new MutationObserver(() => {
    for (const element of document.querySelectorAll(`${text.selector}:not([elementtiming])`))
      element.setAttribute('elementtiming', text.identifier);
  });
  tagger.observe(document, { childList: true, subtree: true });
  setTimeout(() => tagger.disconnect(), tagForMs);
  for (const frame of frames) {
    recorded[frame.key] = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(frame.selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          // A message posted from the frame callback runs once the frame has been produced.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  }
}

/** What `recordPaint` recorded under `key` (it waits until it happened). */
export function recorded(page: Page, key: string): Promise<number> {
  return page.evaluate(
    (key) => (window as unknown as Record<string, Promise<number> | undefined>)[key] ?? Promise.reject(new Error(`no recorder for ${key}`)),
    key,
  );
}

/** The app's `renraku:*` performance marks (app/_lib/perf-mark.ts), ms after navigation start. */
export function appMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('renraku:'))
        .map((mark) => [mark.name.slice('renraku:'.length), Math.round(mark.startTime)]),
    ),
  );
}
