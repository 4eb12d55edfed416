'use client';
/**
 * What this device keeps about the signed-in user, so the app opens offline; and the wipe that
 * removes it at sign-out or when the server says the session is gone.
 */
import type { UserProfile } from './router-types';

const profileKey = 'renraku.profile';

export interface CachedProfile {
  user: UserProfile;
  sessionStartedAt: string | null;
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
  try {
    localStorage.removeItem(profileKey);
  } catch {
    // Nothing stored.
  }
}
