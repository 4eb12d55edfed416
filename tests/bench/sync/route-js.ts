/**
 * Figure 5: the JavaScript a cold load of each route fetches, gzip. Each route is opened in a new
 * page of the signed-in device; every script response the page receives until it has settled
 * (its own chunks, lazy chunks loaded after the paint, from the network or the service worker) is
 * gzipped here (level 9, as a server would send it) and summed, each URL once per route. Of those,
 * the scripts asked for before the screen's first content was painted (the app's
 * `renraku:first-screen` mark, app/_lib/first-screen.ts) are summed apart: what the screen needed
 * to show itself, as against what came after (the device database's code where the screen painted
 * its kept copy, Next's prefetches of the screens it links to, the search).
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from 'playwright-core';

export interface RouteJs {
  route: string;
  scripts: number;
  /** Bytes as decoded in the page. */
  rawBytes: number;
  gzipBytes: number;
  /** The scripts asked for before the first screen painted; null on a route that marks none. */
  beforePaint: { scripts: number; gzipBytes: number } | null;
}

/** How long after `load` a route may still fetch chunks (lazy imports, the first RxDB queries). */
const settleMs = 2_500;

/** `onScript`, when given, hears of each script a route fetched: its URL, gzip size, and whether it came before the paint. */
export async function measureRouteJs(
  context: BrowserContext,
  routes: string[],
  onScript?: (route: string, url: string, gzipBytes: number, beforePaint: boolean) => void,
): Promise<RouteJs[]> {
  const figures: RouteJs[] = [];
  for (const route of routes) {
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Buffer | null>>();
    const onResponse = (response: Response) => {
      if (response.request().resourceType() !== 'script' || bodies.has(response.url())) return;
      bodies.set(
        response.url(),
        response.body().catch(() => null),
      );
    };
    page.on('response', onResponse);
    await page.goto(route, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    page.off('response', onResponse);
    const asked = await page.evaluate(() => {
      const painted = performance.getEntriesByName('renraku:first-screen', 'mark')[0]?.startTime ?? null;
      const before = performance
        .getEntriesByType('resource')
        .filter((entry) => painted !== null && entry.startTime <= painted)
        .map((entry) => entry.name);
      return { painted, before };
    });
    const fetched = await Promise.all([...bodies].map(async ([url, body]) => ({ url, body: await body })));
    let raw = 0;
    let gzip = 0;
    let scripts = 0;
    let paintScripts = 0;
    let paintGzip = 0;
    for (const { url, body } of fetched) {
      if (body === null) continue;
      const size = gzipSync(body, { level: 9 }).length;
      scripts += 1;
      raw += body.length;
      gzip += size;
      if (asked.before.includes(url)) {
        paintScripts += 1;
        paintGzip += size;
      }
      onScript?.(route, url, size, asked.before.includes(url));
    }
    figures.push({
      route,
      scripts,
      rawBytes: raw,
      gzipBytes: gzip,
      beforePaint: asked.painted === null ? null : { scripts: paintScripts, gzipBytes: paintGzip },
    });
    await page.close();
  }
  return figures;
}
