/**
 * Notifications on this device: the browser's permission is asked only when the user taps "Turn
 * on notifications"; the settings are saved for the user; a push delivered to the service worker
 * (through the DevTools protocol: no real push service is reachable here) shows a notification
 * that opens What's new; the app badge follows the unread count after a sync.
 */
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn } from '../support/sign-in';

const pharmacist = { ...demoAccounts.pharmacist, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };

test('asks for permission only after the tap, then keeps the settings', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await page.addInitScript(() => {
    const ask = Notification.requestPermission.bind(Notification);
    (window as unknown as { asked: number }).asked = 0;
    Notification.requestPermission = () => {
      (window as unknown as { asked: number }).asked += 1;
      return ask();
    };
  });
  await signIn(page, pharmacist);
  const card = page.getByRole('region', { name: 'Notifications' });
  await expect(card.getByText('Notifications are off on this device')).toBeVisible();
  const asked = () => page.evaluate(() => (window as unknown as { asked: number }).asked);
  expect(await asked()).toBe(0);

  await card.getByRole('button', { name: 'Turn on notifications' }).click();
  await expect(card.getByText('Notifications reach this device')).toBeVisible();
  expect(await asked()).toBe(1);

  await card.getByRole('checkbox', { name: 'Comments on my posts' }).uncheck();
  await card.getByRole('checkbox', { name: 'Set quiet hours' }).check();
  await card.getByLabel('From').fill('22:00');
  await card.getByLabel('Until').fill('07:00');
  await card.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(card.getByText('Saved')).toBeVisible();

  await page.reload();
  await expect(card.getByText('Notifications reach this device')).toBeVisible();
  await expect(card.getByRole('checkbox', { name: 'Comments on my posts' })).not.toBeChecked();
  await expect(card.getByRole('checkbox', { name: 'Private posts to me' })).toBeChecked();
  await expect(card.getByLabel('From')).toHaveValue('22:00');

  await card.getByRole('button', { name: 'Turn off notifications on this device' }).click();
  await expect(card.getByText('Notifications are off on this device')).toBeVisible();
  // Back to the defaults, for the next run against the same demo database.
  await card.getByRole('checkbox', { name: 'Comments on my posts' }).check();
  await card.getByRole('checkbox', { name: 'Set quiet hours' }).uncheck();
  await card.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(card.getByText('Saved')).toBeVisible();
});

test('a push reaching the service worker shows a notification, set to open What’s new', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await signIn(page, pharmacist);
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const registered = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((registration) => registration.scopeURL === `${baseURL}/`);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registered;
  const payload = { title: 'New message in Renraku', body: '2 new — tap to open What’s new', count: 2, url: '/whats-new' };
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: baseURL!, registrationId, data: JSON.stringify(payload) });

  const notifications = () =>
    page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((shown) => ({
        title: shown.title,
        body: shown.body,
        tag: shown.tag,
        url: (shown.data as { url?: string } | null)?.url,
      })),
    );
  await expect.poll(notifications).toEqual([{ title: payload.title, body: payload.body, tag: 'renraku-new', url: '/whats-new' }]);
});

test('the app badge shows the unread count after a sync', async ({ page }) => {
  await page.addInitScript(() => {
    const record = (count: number) => {
      (window as unknown as { badge: number }).badge = count;
      return Promise.resolve();
    };
    Object.defineProperty(navigator, 'setAppBadge', { value: (count?: number) => record(count ?? 0) });
    Object.defineProperty(navigator, 'clearAppBadge', { value: () => record(0) });
  });
  await signIn(page, doctor);
  await page.getByRole('link', { name: 'My patients' }).click();
  // The patient list's unread counts, added up, are what the badge shows.
  const listed = page.getByText(/^Unread: \d+$/);
  await expect(listed.first()).toBeVisible({ timeout: 20_000 });
  const total = (await listed.allTextContents()).reduce((sum, text) => sum + Number.parseInt(text.replace('Unread: ', ''), 10), 0);
  expect(total).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { badge?: number }).badge)).toBe(total);
});
