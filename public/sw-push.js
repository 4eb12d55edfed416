/**
 * Notifications in the service worker (imported by public/sw.js, see server/cli/build-sw.ts).
 * A push carries only "New message in Renraku" and a count — never patient data. The app badge
 * shows the unread total: the last one the page left (app/_lib/notifications/service-worker-
 * signals.ts, Cache Storage, numbers only) plus what the push says is new — unless a visible page
 * keeps the badge itself. The open app shows its own notifications with the same tag; whichever
 * of the page's notification and the push comes second within two minutes replaces the first
 * without alerting again. Tapping a notification opens its page (What's new), in an open window
 * if there is one. Everything is reached through `self`, so a unit test can run this file.
 */
const noticeTag = 'renraku-new';
const whatsNew = '/whats-new';
const signalsCache = 'renraku-signals';
const unreadSignal = '/__signals/unread';
const notifiedSignal = '/__signals/notified';
const alertAgainAfterMs = 2 * 60_000;

function parsePush(data) {
  try {
    const message = data ? data.json() : null;
    if (message && typeof message.title === 'string') return message;
  } catch {
    // Not JSON: fall through to the plain notice.
  }
  return { title: 'Renraku', body: '', count: 0, url: whatsNew };
}

/** A page of this app, or null: a notification never opens another site. */
function pageOfThisApp(url) {
  if (typeof url !== 'string') return null;
  try {
    const target = new URL(url, self.location.origin);
    return target.origin === self.location.origin ? target.href : null;
  } catch {
    return null;
  }
}

async function readSignal(key) {
  try {
    const found = await (await self.caches.open(signalsCache)).match(key);
    return found ? await found.json() : null;
  } catch {
    return null;
  }
}

async function writeSignal(key, value) {
  try {
    const body = new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
    await (await self.caches.open(signalsCache)).put(key, body);
  } catch {
    // Not kept: the next push counts from the page's last total again.
  }
}

async function setBadge(total) {
  const nav = self.navigator;
  if (!nav || !('setAppBadge' in nav)) return;
  await (total > 0 ? nav.setAppBadge(total) : nav.clearAppBadge()).catch(() => undefined);
}

async function showPush(message) {
  const count = Number.isInteger(message.count) && message.count > 0 ? message.count : 0;
  const now = Date.now();
  const [unread, notified, windows] = await Promise.all([
    readSignal(unreadSignal),
    readSignal(notifiedSignal),
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }),
  ]);
  const told = notified !== null && typeof notified.at === 'number' && now - notified.at < alertAgainAfterMs;
  const pageTold = told && notified.by === 'page';
  const work = [
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: noticeTag,
      renotify: !told,
      silent: told,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      data: { url: pageOfThisApp(message.url) ? message.url : whatsNew },
    }),
  ];
  if (!told) work.push(writeSignal(notifiedSignal, { at: now, by: 'push' }));
  // A page that is visible, or that just told of this news, has counted it already.
  if (!pageTold && !windows.some((client) => client.visibilityState === 'visible')) {
    const total = (unread !== null && Number.isInteger(unread.count) ? unread.count : 0) + count;
    work.push(writeSignal(unreadSignal, { count: total }), setBadge(total));
  }
  await Promise.all(work);
}

async function openPage(target) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!open) return self.clients.openWindow(target);
  const focused = (await open.focus()) || open;
  // A window the service worker does not control cannot be navigated: open the page beside it.
  return focused.navigate(target).catch(() => self.clients.openWindow(target));
}

self.addEventListener('push', (event) => {
  event.waitUntil(showPush(parsePush(event.data)));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data;
  const target = pageOfThisApp(data && data.url) ?? new URL(whatsNew, self.location.origin).href;
  event.waitUntil(openPage(target));
});
