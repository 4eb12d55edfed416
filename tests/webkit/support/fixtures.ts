/**
 * The WebKit suite's fixtures: one virtual display and WebKitWebDriver per Playwright worker, a
 * fresh MiniBrowser per test (closed after it, with a screenshot when the test failed), and the
 * test runner's own Chromium for the other device of a scenario.
 */
import net from 'node:net';
import { test as base } from '@playwright/test';
import { baseUrlOf } from '../../e2e/support/servers';
import { newWebKitSession, startWebKitHost, type WebKitHost } from './webkit-driver';
import { WebKitPage } from './webkit-page';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const test = base.extend<{ webkit: WebKitPage; openWebKit: (baseUrl?: string) => Promise<WebKitPage> }, { webkitHost: WebKitHost }>({
  webkitHost: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const host = await startWebKitHost(await freePort());
      try {
        await provide(host);
      } finally {
        await host.stop();
      }
    },
    { scope: 'worker' },
  ],
  openWebKit: async ({ webkitHost }, provide, testInfo) => {
    const opened: WebKitPage[] = [];
    await provide(async (baseUrl = baseUrlOf('main')) => {
      const page = new WebKitPage(await newWebKitSession(webkitHost), baseUrl);
      opened.push(page);
      return page;
    });
    for (const [index, page] of opened.entries()) {
      if (testInfo.status !== testInfo.expectedStatus) await page.attachScreenshot(testInfo, `webkit-${index}`).catch(() => undefined);
      await page.driver.quit().catch(() => undefined);
    }
  },
  webkit: async ({ openWebKit }, provide) => {
    await provide(await openWebKit());
  },
});

export { expect } from '@playwright/test';
