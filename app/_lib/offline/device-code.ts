'use client';
/**
 * Loads the device database's code (lib/offline/device-code.ts: RxDB, Dexie and the replication,
 * about a quarter of the app's scripts) when it is first needed — the database's opening, after a kept
 * copy has painted; a wipe — instead of with every page's first scripts. The service worker keeps
 * it, so it loads offline too.
 */
import type * as deviceCode from '@/lib/offline/device-code';
import { forgetUserDatabases } from '@/lib/offline/forget-user';

type DeviceCode = typeof deviceCode;

let loading: Promise<DeviceCode> | null = null;

/** The code, fetched once; a failed fetch is tried again by the next call. */
export function loadDeviceCode(): Promise<DeviceCode> {
  loading ??= import('@/lib/offline/device-code').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The code, fetched again after a failure (at 1 s, then 3 s): null if it never came. */
export async function loadDeviceCodePatiently(): Promise<DeviceCode | null> {
  for (const pauseMs of [1_000, 3_000, null]) {
    try {
      return await loadDeviceCode();
    } catch {
      if (pauseMs === null) return null;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
  return null;
}

/**
 * Removes a user's databases on this device (database.ts's removeUserDatabases). Should RxDB's
 * code not load, the databases are still deleted by name: a wipe never waits on it.
 */
export async function removeUserDatabases(userId: string): Promise<void> {
  const code = await loadDeviceCode().catch(() => null);
  if (code) await code.removeUserDatabases(userId);
  else await forgetUserDatabases(userId);
}
