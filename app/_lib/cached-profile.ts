'use client';
/**
 * The signed-in user's profile as this device last had it from the server, so the app opens
 * offline (app/_lib/use-session.ts). Kept apart from the wipe (local-data.ts), which brings the
 * databases along: the first scripts of every page read it.
 */
import { profileKey } from '@/lib/offline/storage-keys';
import type { CurrentDevice } from '@/lib/schemas/device';
import type { UserProfile } from './router-types';

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

/** Forgets the signed-in profile kept for offline use (the data stays: a session that ended). */
export function forgetCachedProfile(): void {
  try {
    localStorage.removeItem(profileKey);
  } catch {
    // Nothing stored.
  }
}
