'use client';
/**
 * The installed icon's badge: the number of unread posts, set from the device's database each
 * time the sync changes it (a push sets it too, in the service worker). Where the browser has no
 * badge API, nothing happens.
 */
import { useEffect } from 'react';

type BadgeNavigator = Navigator & { setAppBadge?: (count?: number) => Promise<void>; clearAppBadge?: () => Promise<void> };

export function useAppBadge(unread: number | undefined): void {
  useEffect(() => {
    const nav = navigator as BadgeNavigator;
    if (unread === undefined || !nav.setAppBadge || !nav.clearAppBadge) return;
    void (unread > 0 ? nav.setAppBadge(unread) : nav.clearAppBadge()).catch(() => undefined);
  }, [unread]);
}
