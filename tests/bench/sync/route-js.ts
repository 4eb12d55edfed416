/**
 * Figure 5: the JavaScript a cold load of each route fetches, gzip. Each route is opened in a new
 * page of the signed-in device; every script response the page receives until it has settled
 * (its own chunks, lazy chunks loaded after the paint, from the network or the service worker) is
 * gzipped here (level 9, as a server would send it) and summed, each URL once per route.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from 'playwright-core';

export interface RouteJs {
  route: string;
  scripts: number;
  /** Bytes as decoded in the page. */
  rawBytes: number;
  gzipBytes: number;
}

/** How long after `load` a route may still fetch chunks (lazy imports, the first RxDB queries). */
const settleMs = 2_500;

/** `onScript`, when given, hears of each script a route fetched: its URL and gzip size. */
export async function measureRouteJs(
  context: BrowserContext,
  routes: string[],
  onScript?: (route: string, url: string, gzipBytes: number) => void,
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
    const fetched = await Promise.all([...bodies].map(async ([url, body]) => ({ url, body: await body })));
    const buffers: Buffer[] = [];
    for (const { url, body } of fetched) {
      if (body === null) continue;
      buffers.push(body);
      onScript?.(route, url, gzipSync(body, { level: 9 }).length);
    }
    figures.push({
      route,
      scripts: buffers.length,
      rawBytes: buffers.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: buffers.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    });
    await page.close();
  }
  return figures;
}
