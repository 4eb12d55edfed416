/**
 * Notifications in the service worker (imported by public/sw.js, see server/cli/build-sw.ts).
 * A push carries only "New message in Renraku" and a count — never patient data — and sets the
 * app badge to the count; tapping the notification opens What's new, in an open window if there
 * is one. The open app shows its own notifications through the same registration and tag, so a
 * push arriving for the same news replaces it rather than adding a second.
 */
const noticeTag = 'renraku-new';
const whatsNew = '/whats-new';

function parsePush(data) {
  try {
    const message = data ? data.json() : null;
    if (message && typeof message.title === 'string') return message;
  } catch {
    // Not JSON: fall through to the plain notice.
  }
  return { title: 'Renraku', body: '', count: 0, url: whatsNew };
}

self.addEventListener('push', (event) => {
  const message = parsePush(event.data);
  const count = Number.isInteger(message.count) && message.count > 0 ? message.count : 0;
  const badge =
    self.navigator && 'setAppBadge' in self.navigator ? self.navigator.setAppBadge(count || undefined).catch(() => undefined) : null;
  event.waitUntil(
    Promise.all([
      self.registration.showNotification(message.title, {
        body: message.body,
        tag: noticeTag,
        renotify: true,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        data: { url: whatsNew },
      }),
      badge,
    ]),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(whatsNew, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) return open.focus().then((client) => (client || open).navigate(target));
      return self.clients.openWindow(target);
    }),
  );
});
