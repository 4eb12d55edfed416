'use client';
/**
 * The installed icon's badge: the number of unread posts, set from the device's database each
 * time the sync changes it, and left for the service worker, whose pushes add to it while the app
 * is closed (public/sw-push.js). Where the browser has no badge API, only the number is left.
 */
import { useEffect } from 'react';
import { keepUnreadForServiceWorker } from '@/app/_lib/notifications/service-worker-signals';

type BadgeNavigator = Navigator & { setAppBadge?: (count?: number) => Promise<void>; clearAppBadge?: () => Promise<void> };

export function useAppBadge(unread: number | undefined): void {
  useEffect(() => {
    const nav = navigator as BadgeNavigator;
    if (unread === undefined) return;
    void keepUnreadForServiceWorker(unread);
    if (!nav.setAppBadge || !nav.clearAppBadge) return;
    void (unread > 0 ? nav.setAppBadge(unread) : nav.clearAppBadge()).catch(() => undefined);
  }, [unread]);
}
