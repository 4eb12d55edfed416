'use client';
/**
 * What the unread count drives outside the screens: the app badge, and notifications while the
 * app is open; and, at each app start online, this device's push subscription checked against the
 * server's record of it.
 */
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useUnreadCount } from '@/app/_lib/unread/use-unread-count';
import { OpenAppNotifications } from './open-app-notifications';
import { useAppBadge } from './use-app-badge';
import { useNotificationsHere } from './use-notifications-here';

export function UnreadSignals() {
  // The same count as the What's new link: one shared query, decrypted once.
  const unread = useUnreadCount() ?? undefined;
  useAppBadge(unread);
  useNotificationsHere(useSignedIn().user.id);
  return <OpenAppNotifications unread={unread} />;
}
