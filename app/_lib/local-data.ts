'use client';
/**
 * What this device keeps about the signed-in user, so the app opens offline; and the wipe that
 * removes it — profile and patient databases — at sign-out or when the server says the session
 * is gone (expired, revoked, account disabled). A device session still open in this page is closed
 * first by its holder (OfflineProvider's `wipe`); any other connection closes when asked to.
 */
import { wipeRenrakuDatabases } from '@/lib/offline/database';
import type { CurrentDevice } from '@/lib/schemas/device';
import type { UserProfile } from './router-types';

const profileKey = 'renraku.profile';
/** The service worker's cache of photos' thumbnails (server/cli/build-sw.ts). */
export const thumbnailCacheName = 'renraku-thumbs';

export interface CachedProfile {
  user: UserProfile;
  sessionStartedAt: string | null;
  /** This device as the server last described it (absent in profiles cached before devices). */
  device?: CurrentDevice | null;
}

export function readCachedProfile(): CachedProfile | null {
  try {
    const raw = localStorage.getItem(profileKey);
    return raw ? (JSON.parse(raw) as CachedProfile) : null;
  } catch {
    return null;
  }
}

export function writeCachedProfile(profile: CachedProfile): void {
  try {
    localStorage.setItem(profileKey, JSON.stringify(profile));
  } catch {
    // No storage: the app still works online.
  }
}

export async function wipeLocalData(): Promise<void> {
  const cached = readCachedProfile();
  try {
    localStorage.removeItem(profileKey);
  } catch {
    // Nothing stored.
  }
  await wipeRenrakuDatabases(undefined, cached ? [cached.user.id] : []).catch(() => undefined);
  // Photos' thumbnails the service worker kept for offline viewing.
  if (typeof caches !== 'undefined') await caches.delete(thumbnailCacheName).catch(() => undefined);
}
