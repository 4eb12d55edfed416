'use client';
/** What the unread count drives outside the screens: the app badge, and notifications while the app is open. */
import { useUnreadTotal } from '@/app/_lib/badge/use-unread-total';
import { OpenAppNotifications } from './open-app-notifications';
import { useAppBadge } from './use-app-badge';

export function UnreadSignals() {
  const unread = useUnreadTotal();
  useAppBadge(unread);
  return <OpenAppNotifications unread={unread} />;
}
