'use client';
/**
 * The wipe of what this device keeps about a user — the profile (cached-profile.ts) and the patient
 * databases — at sign-out, or when the server says the account is disabled or the device revoked.
 * A session that merely ended (idle, password changed elsewhere) keeps the data: its user signs in
 * again and the unsent work goes. A device session still open in this page is closed first by its
 * holder (OfflineProvider's `wipe`); any other connection closes when asked to.
 */
import { clearIndexedDbNamed } from '@/lib/offline/browser-storage';
import { markOnce } from './perf-mark';
import { removeUserDatabases } from './offline/device-code';
import { forgetInstructionExpiryCount } from './instruction-expiry-count';
import { forgetLastPatient } from './last-patient';
import { forgetNotificationsHere } from './notifications/device-notifications';
import { forgetServiceWorkerSignals } from './notifications/service-worker-signals';
import { turnOffDevice } from './notifications/subscribe-device';
import { forgetCachedProfile, readCachedProfile } from './cached-profile';

/** The service worker's cache of photos' thumbnails (server/cli/build-sw.ts). */
export const thumbnailCacheName = 'renraku-thumbs';

/**
 * Removes a user's data from this device: their profile, their databases and outbox, their notes
 * on this device (notifications on, the last patient opened, the home warning's count), the browser's push subscription (the
 * server forgets it at sign-out and revoke), the app badge and the number the service worker counts
 * it from, and the caches all users share (thumbnails the service worker kept, and its record of them). Other
 * people's work waiting on the device stays in their own databases. Without a user (nobody known
 * on this device), only the shared caches go.
 */
export async function wipeLocalData(userId: string | null = readCachedProfile()?.user.id ?? null): Promise<void> {
  if (readCachedProfile()?.user.id === userId) forgetCachedProfile();
  if (userId) {
    forgetNotificationsHere(userId);
    forgetLastPatient(userId);
    forgetInstructionExpiryCount(userId);
    await removeUserDatabases(userId).catch(() => undefined);
    markOnce('wipe:databases');
  }
  await turnOffDevice().catch(() => undefined);
  markOnce('wipe:push');
  await forgetServiceWorkerSignals();
  markOnce('wipe:service-worker');
  if (typeof caches !== 'undefined') await caches.delete(thumbnailCacheName).catch(() => undefined);
  await clearIndexedDbNamed(['workbox-expiration']).catch(() => undefined);
  markOnce('wipe:caches');
}
