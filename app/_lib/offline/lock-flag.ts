'use client';
/**
 * Whether the user locked this device (or it locked itself) and has not unlocked it since: kept
 * across reloads, so a start of the app after a lock shows the lock screen, not the data. The
 * service worker is told too: it asks for the key early only for an unlocked device.
 */
import { lockedFlagPrefix } from '@/lib/offline/storage-keys';
import { allowEarlyKey } from '@/app/_lib/notifications/service-worker-signals';

const lockedFlag = (userId: string) => lockedFlagPrefix + userId;

export function markLocked(userId: string, locked: boolean): void {
  void allowEarlyKey(!locked);
  try {
    if (locked) localStorage.setItem(lockedFlag(userId), '1');
    else localStorage.removeItem(lockedFlag(userId));
  } catch {
    // No storage: the lock holds for this page only.
  }
}

export function isMarkedLocked(userId: string): boolean {
  try {
    return localStorage.getItem(lockedFlag(userId)) === '1';
  } catch {
    return false;
  }
}
