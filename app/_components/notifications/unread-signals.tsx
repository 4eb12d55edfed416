'use client';
/** What the unread count drives outside the screens: the app badge, and notifications while the app is open. */
import { useUnreadCount } from '@/app/_lib/unread/use-unread-count';
import { OpenAppNotifications } from './open-app-notifications';
import { useAppBadge } from './use-app-badge';

export function UnreadSignals() {
  // The same count as the What's new link: one shared query, decrypted once.
  const unread = useUnreadCount() ?? undefined;
  useAppBadge(unread);
  return <OpenAppNotifications unread={unread} />;
}
