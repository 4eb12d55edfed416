/**
 * At home on the home screen: the manifest's shortcuts, screenshots and icons are served and
 * Chromium still finds nothing against installing; iOS launch screens; the install button follows
 * the browser's offer; the iPad guide shows in Safari and not installed; the offline page for a
 * route never opened.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn, unlock } from '../support/sign-in';
import { openTimeline } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const ipadSafari =
  'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
/** iPadOS Safari asks for desktop pages by default: a Mac's user agent, but with a touch screen. */
const ipadDesktopSafari =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const ipadChrome =
  'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1';

interface Manifest {
  shortcuts?: Array<{ name: string; url: string; icons?: Array<{ src: string }> }>;
  screenshots?: Array<{ src: string; sizes: string; form_factor?: string }>;
}

function pngSize(bytes: Buffer): string {
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the manifest’s shortcuts, screenshots and their images are served', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as Manifest;
  expect(manifest.shortcuts?.map((shortcut) => shortcut.url)).toEqual(['/whats-new', '/patients', '/new-photo']);
  expect(manifest.shortcuts?.[0]?.name).toBe('新着 / What’s new');
  expect(manifest.screenshots?.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
  for (const shot of manifest.screenshots ?? []) {
    const image = await request.get(shot.src);
    expect(image.ok(), shot.src).toBe(true);
    expect(pngSize(await image.body()), shot.src).toBe(shot.sizes);
  }
  for (const icon of (manifest.shortcuts ?? []).flatMap((shortcut) => shortcut.icons ?? []))
    expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});

test('iOS finds its launch screens and the older capable tag', async ({ page, request }) => {
  await page.goto('/signin');
  const head = page.locator('head');
  await expect(head.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute('content', 'yes');
  const splash = head.locator('link[rel="apple-touch-startup-image"]');
  expect(await splash.count()).toBeGreaterThanOrEqual(10);
  const ipadPro11 = head.locator('link[rel="apple-touch-startup-image"][media*="device-width: 834px"][media*="portrait"]');
  const href = await ipadPro11.getAttribute('href');
  const image = await request.get(href ?? '');
  expect(image.ok()).toBe(true);
  expect(pngSize(await image.body())).toBe('1668x2388');
});

/** Pretends Chromium offered installing (headless Chromium never does by itself). */
async function offerInstall(page: Page): Promise<void> {
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: () => {
        (window as unknown as { prompted: number }).prompted = 1;
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(offer);
  });
}

test('the install button shows while the browser offers installing, and not once used', async ({ page }) => {
  await signIn(page, nurse);
  const install = page.getByRole('button', { name: 'Install app' });
  await expect(install).toHaveCount(0);
  await offerInstall(page);
  await expect(install).toBeVisible();
  await install.click();
  expect(await page.evaluate(() => (window as unknown as { prompted?: number }).prompted)).toBe(1);
  await expect(install).toHaveCount(0);
});

test('the install button stays hidden when the app already runs installed', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
  await signIn(page, nurse);
  await offerInstall(page);
  await expect(page.getByText('App on the home screen')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
});

test.describe('on an iPad', () => {
  test.use({ userAgent: ipadSafari, hasTouch: true });

  test('Safari shows the Home Screen guide once after sign-in, and the device card opens it again', async ({ page }) => {
    await signIn(page, nurse);
    const guide = page.getByRole('region', { name: 'Add Renraku to your Home Screen' });
    await expect(guide).toBeVisible();
    await expect(guide.getByRole('img', { name: /Share button/ })).toBeVisible();
    await expect(guide.getByText('Choose “Add to Home Screen”.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: nurse.name })).toBeVisible();
    await expect(guide).toHaveCount(0);
    await page.getByRole('button', { name: 'How to add to the Home Screen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add Renraku to your Home Screen' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('no guide once the app runs from the Home Screen', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
    await signIn(page, nurse);
    await expect(page.getByText('App on the home screen')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Add Renraku to your Home Screen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'How to add to the Home Screen' })).toHaveCount(0);
  });
});

test.describe('on an iPad asking for desktop pages (a Mac’s user agent)', () => {
  test.use({ userAgent: ipadDesktopSafari, hasTouch: true });

  test('Safari shows the Home Screen guide, told apart from a Mac by its touch screen', async ({ page }) => {
    // A real iPad reports 5 touch points; Chromium's touch emulation reports 1.
    await page.addInitScript(() => Object.defineProperty(navigator, 'maxTouchPoints', { value: 5 }));
    await signIn(page, nurse);
    await expect(page.getByRole('region', { name: 'Add Renraku to your Home Screen' })).toBeVisible();
    await expect(page.getByText('Browser tab', { exact: true })).toBeVisible();
  });
});

test.describe('on a Mac', () => {
  test.use({ userAgent: ipadDesktopSafari, hasTouch: false });

  test('Safari without a touch screen gets no Home Screen guide', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'maxTouchPoints', { value: 0 }));
    await signIn(page, nurse);
    await expect(page.getByRole('heading', { level: 2, name: 'This device' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Add Renraku to your Home Screen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'How to add to the Home Screen' })).toHaveCount(0);
  });
});

test('installed, the device card asks again to keep the data, and its row then says it is protected', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'standalone', { value: true });
    let granted = false;
    Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(granted) });
    Object.defineProperty(navigator.storage, 'persist', {
      value: () => {
        granted = true;
        return Promise.resolve(true);
      },
    });
  });
  await signIn(page, nurse);
  const card = page.getByRole('region', { name: 'This device' });
  await expect(card.getByText('Protected: the browser will not clear it on its own')).toHaveCount(1);
  await expect(card.getByText('The browser may clear it', { exact: false })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Ask again to protect the data' })).toHaveCount(0);
});

test('installed, a refused request leaves the card saying so, with the button to ask again', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'standalone', { value: true });
    Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(false) });
    Object.defineProperty(navigator.storage, 'persist', { value: () => Promise.resolve(false) });
  });
  await signIn(page, nurse);
  const card = page.getByRole('region', { name: 'This device' });
  await expect(card.getByText('The browser may clear it', { exact: false })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Ask again to protect the data' })).toBeVisible();
  await expect(card.getByText('Protected: the browser will not clear it on its own')).toHaveCount(0);
});

test.describe('in another browser on an iPad', () => {
  test.use({ userAgent: ipadChrome, hasTouch: true });
  test('says to open the page in Safari', async ({ page }) => {
    await signIn(page, nurse);
    await expect(page.getByText('To add Renraku to the Home Screen, open this page in Safari.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Add Renraku to your Home Screen' })).toHaveCount(0);
  });
});

test('offline, a page never opened says what works offline and links there', async ({ page, context }) => {
  await signIn(page, nurse);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/join/midori');
  await expect(page.getByRole('heading', { level: 1, name: 'This page cannot be opened offline' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What works offline' })).toBeVisible();
  await expect(page.getByRole('link', { name: /My patients and each patient’s timeline/ })).toHaveAttribute('href', '/patients');
  await expect(page.getByRole('link', { name: /^What’s new:/ })).toHaveAttribute('href', '/whats-new');
  await page.getByRole('link', { name: /^Search records:/ }).click();
  // A page opened afresh offline asks for the password first; then My patients' search box, offline.
  await unlock(page, nurse.password);
  await expect(page.getByRole('searchbox', { name: 'Search records' })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === '/patients' && url.hash === '#record-search');
  await context.setOffline(false);
});

test('the “New photo for the last patient” shortcut opens the last timeline at its composer', async ({ page }) => {
  await signIn(page, nurse);
  await page.goto('/new-photo');
  await expect(page).toHaveURL((url) => url.pathname === '/patients');
  await page.goto('/');
  await openTimeline(page, '山田 花子');
  const timeline = new URL(page.url());
  await page.goto('/new-photo');
  await expect(page).toHaveURL((url) => url.pathname === '/patient' && url.search === timeline.search && url.hash === '#composer');
  await expect(page.getByText('Take photo', { exact: true })).toBeVisible();
});
