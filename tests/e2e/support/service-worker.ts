/** Waits for the service worker that makes the app open offline. */
import { expect, type Page } from '@playwright/test';

/** Resolves once a service worker is active (its precache complete) and controls this page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every URL in every Cache Storage cache of the page's origin. */
export function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls;
  });
}
