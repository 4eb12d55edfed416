/**
 * Notifications on this device: the browser's permission is asked only when the user taps "Turn
 * on notifications"; the settings are saved for the user; a push delivered to the service worker
 * (through the DevTools protocol: no real push service is reachable here) shows a notification
 * that opens What's new, and replaces one shown a moment before without alerting again; the app
 * badge follows the unread count after a sync; what the card says is what the server holds for
 * this device, mended at start when the server lost it, and gone with a sign-out.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { dropPushSubscriptions, pushEndpointsOf } from '../support/database';
import { fakePushEndpoint, fakePushState, useFakePushService } from '../support/fake-push-service';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn, signOut } from '../support/sign-in';

const pharmacist = { ...demoAccounts.pharmacist, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };
// Nobody else's spec turns notifications on for this account: its subscriptions are this spec's.
const careManager = { ...demoAccounts.careManager, password: demoPassword };
const outsider = { ...demoAccounts.outsider, password: demoPassword };

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
  // The home screen draws after the device's database opens: slow on a busy machine.
  await expect(card.getByText('Notifications reach this device')).toBeVisible({ timeout: 20_000 });
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
      // A registration the browser is removing (isDeleted) no longer receives pushes.
      const ours = registrations.find((registration) => registration.scopeURL === `${baseURL}/` && !registration.isDeleted);
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
  const alerted = () =>
    page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((shown) => shown.silent));
  expect(await alerted()).toEqual([false]);

  // The open app told of this news a moment ago: the push replaces its notification without a sound.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    for (const shown of await registration.getNotifications()) shown.close();
    await registration.showNotification('New message in Renraku', { body: '1 new', tag: 'renraku-new' });
    const signals = await caches.open('renraku-signals');
    await signals.put('/__signals/notified', new Response(JSON.stringify({ at: Date.now(), by: 'page' })));
  });
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: baseURL!, registrationId, data: JSON.stringify(payload) });
  await expect.poll(notifications).toEqual([{ title: payload.title, body: payload.body, tag: 'renraku-new', url: '/whats-new' }]);
  expect(await alerted()).toEqual([true]);
});

/** What the home screen's card says of this device. */
async function cardSays(page: Page, state: 'on' | 'off'): Promise<void> {
  const card = page.getByRole('region', { name: 'Notifications' });
  await expect(card.getByText(state === 'on' ? 'Notifications reach this device' : 'Notifications are off on this device')).toBeVisible({
    timeout: 20_000,
  });
}

test('the card says what the server holds: a subscription it lost is mended at start, and a sign-out turns notifications off here', async ({
  page,
  context,
  baseURL,
}) => {
  // Three sign-ins and three reloads: over a minute on a busy machine.
  test.slow();
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await useFakePushService(page);
  dropPushSubscriptions(careManager.loginId);
  await signIn(page, careManager);
  await waitForServiceWorker(page);
  await cardSays(page, 'off');
  await page.getByRole('button', { name: 'Turn on notifications' }).click();
  await cardSays(page, 'on');
  await expect.poll(() => pushEndpointsOf(careManager.loginId)).toEqual([fakePushEndpoint(1)]);

  // The server forgot the device (a 410 from the push service, a revoke and re-approval…): the
  // browser's subscription is handed over again at the next start, without a word.
  dropPushSubscriptions(careManager.loginId);
  await page.reload();
  await cardSays(page, 'on');
  await expect.poll(() => pushEndpointsOf(careManager.loginId)).toEqual([fakePushEndpoint(1)]);
  await expect(page.getByText('notified only while Renraku is open', { exact: false })).toHaveCount(0);

  // New VAPID keys on the server: the browser's subscription, made with the old key, is replaced.
  await page.evaluate((key) => {
    const state = JSON.parse(localStorage.getItem(key) ?? 'null') as { endpoint: string; key: string };
    localStorage.setItem(key, JSON.stringify({ ...state, key: 'BOldKeyOfAnotherServer' }));
  }, fakePushState);
  await page.reload();
  await cardSays(page, 'on');
  await expect.poll(() => pushEndpointsOf(careManager.loginId)).toEqual([fakePushEndpoint(2)]);

  // Signing out forgets the device on both sides; signed in again, notifications are off here.
  await page.goto('/');
  await signOut(page);
  expect(pushEndpointsOf(careManager.loginId)).toEqual([]);
  expect(await page.evaluate((key) => localStorage.getItem(key), fakePushState)).toBeNull();
  await signIn(page, careManager);
  await cardSays(page, 'off');
  expect(pushEndpointsOf(careManager.loginId)).toEqual([]);
});

test('notifications are off here once the browser’s permission was taken back', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await useFakePushService(page);
  await signIn(page, outsider);
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Turn on notifications' }).click();
  await cardSays(page, 'on');
  const noted = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('renraku.notifications.')));
  expect(await noted()).toHaveLength(1);
  await context.clearPermissions();
  await page.reload();
  await cardSays(page, 'off');
  // Once the app has compared with the server, its note that the user turned them on is gone.
  await expect.poll(noted, { timeout: 20_000 }).toEqual([]);
  // Granted again, they stay off until the user turns them on.
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await page.reload();
  await cardSays(page, 'off');
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
  // The counts grow while the sync brings posts (a row re-rendering reads empty for a moment): the
  // list and the badge are compared until the sync is over and both agree.
  const listedTotal = async () =>
    (await listed.allTextContents()).reduce((sum, text) => sum + Number(/\d+/.exec(text)?.[0] ?? Number.NaN), 0);
  await expect
    .poll(async () => {
      const total = await listedTotal();
      const badge = await page.evaluate(() => (window as unknown as { badge?: number }).badge);
      return total > 0 && badge === total ? 'agree' : `list ${total}, badge ${badge}`;
    })
    .toBe('agree');
});
