/** The app can be installed to a home screen: Chromium's own checks, the manifest, Apple's tags. */
import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from '../support/service-worker';

interface ManifestIcon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}

test('Chromium finds nothing that stops installation', async ({ playwright, launchOptions, baseURL }, testInfo) => {
  // Chromium never offers to install from an incognito profile, which every ordinary Playwright
  // context is; a persistent profile is what a user's browser has.
  const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), { ...launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/signin');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe('/manifest.webmanifest');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the web app manifest describes a standalone app with its icons', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await response.json()) as {
    name?: string;
    short_name?: string;
    display?: string;
    start_url?: string;
    icons?: ManifestIcon[];
  };
  expect(manifest.name).toContain('Renraku');
  expect(manifest.short_name).toBe('Renraku');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');

  const icons = manifest.icons ?? [];
  const purposes = (icon: ManifestIcon) => (icon.purpose ?? 'any').split(/\s+/);
  expect(icons.some((icon) => icon.sizes === '192x192' && purposes(icon).includes('any'))).toBe(true);
  expect(icons.some((icon) => icon.sizes === '512x512' && purposes(icon).includes('any'))).toBe(true);
  expect(icons.some((icon) => purposes(icon).includes('maskable'))).toBe(true);
  for (const icon of icons) {
    const image = await request.get(icon.src);
    expect(image.ok(), icon.src).toBe(true);
    expect(image.headers()['content-type'], icon.src).toBe('image/png');
  }
});

test('the page carries the tags iOS uses for a home-screen app', async ({ page, request }) => {
  await page.goto('/signin');
  const head = page.locator('head');
  const appleIcon = head.locator('link[rel="apple-touch-icon"]');
  await expect(appleIcon).toHaveCount(1);
  const href = await appleIcon.getAttribute('href');
  expect(href).toBeTruthy();
  expect((await request.get(href ?? '')).ok()).toBe(true);

  await expect(head.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(head.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', 'Renraku');
  await expect(head.locator('meta[name="apple-mobile-web-app-status-bar-style"]')).toHaveAttribute('content', /.+/);
  // Next renders `appleWebApp.capable` as the standard name, which Safari also reads.
  await expect(head.locator('meta[name="mobile-web-app-capable"], meta[name="apple-mobile-web-app-capable"]').first()).toHaveAttribute(
    'content',
    'yes',
  );
  await expect(head.locator('meta[name="theme-color"]')).toHaveAttribute('content', /^#/);
  await expect(head.locator('meta[name="viewport"]')).toHaveAttribute('content', /width=device-width/);
});
