'use client';
/**
 * The signed-in user's data key on this device (lib/offline/encryption), between sign-in and the
 * device session: nothing of the user's database or outbox opens without it, and it lives only in
 * this page's memory.
 *
 * - Unlocking: within a few minutes of a full sign-in the server gives this device its secret
 *   (devices.unlockKey), which opens the key — and the password typed at that sign-in, held in
 *   memory meanwhile, wraps a copy for unlocking offline (made and stored just after the key has
 *   opened the first screen: its derivation need not hold up the screen or the first sync). Any
 *   later start of the app (a reload, a restart, the tablet offline) shows the lock screen: the
 *   password, checked against that copy on the device.
 * - Locking: after the region's minutes without a touch or a key, or when the app comes back after
 *   being hidden that long, the device session closes, the key is dropped and the lock screen
 *   replaces every screen (no patient data stays in the page). The sync pauses while locked: it
 *   needs the key to read and write the encrypted databases; unsent work waits, encrypted.
 * - Limits: five wrong passwords, or the region's hours without reaching the server, delete the
 *   password's copy; then only an online sign-in opens the data (and sends what waits).
 */
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fromBase64 } from '@/lib/offline/encryption/cipher';
import {
  adoptServerSecret,
  createKeyRing,
  enforceOfflineLimit,
  limitsOf,
  maxFailedUnlocks,
  unlockWithPassword,
  unlockWithServer,
  type DeviceLimits,
  type KeyRing,
} from '@/lib/offline/encryption/key-ring';
import { readKeyRing, writeKeyRing } from '@/lib/offline/encryption/key-store';
import { readWaitingWork } from '@/lib/offline/waiting-work';
import type { UserProfile } from '@/app/_lib/router-types';
import { dropEarlyScreen, whenEarlyScreenShown } from '@/app/_lib/early-screen/early-screen';
import { useTRPCClient } from '@/app/_lib/trpc';
import { thumbnailCacheName } from '@/app/_lib/local-data';
import { markOnce } from '@/app/_lib/perf-mark';
import { removeUserDatabases } from './device-code';
import { storePasswordCopy } from './device-key-ring';
import { takeEarlyKey, type KeyRelease } from './early-key-release';
import { isMarkedLocked, markLocked } from './lock-flag';
import { LockScreen } from './lock-screen';
import { takeSignInPassword } from './sign-in-secret';

export type LockReason = 'start' | 'idle' | 'hidden' | 'manual';

export type KeyState =
  { status: 'unlocking' } | { status: 'locked'; reason: LockReason } | { status: 'unlocked'; key: CryptoKey; limits: DeviceLimits };

export interface UnlockOutcome {
  ok: boolean;
  /** Wrong passwords left before the password stops unlocking (when it did not unlock). */
  triesLeft?: number;
  /** The password cannot unlock here now (too many tries, offline too long, never set): sign in online. */
  signInNeeded?: boolean;
}

interface DeviceKeyContextValue {
  limits: DeviceLimits;
  lock: (reason?: LockReason) => void;
}

const DeviceKeyContext = createContext<DeviceKeyContextValue | null>(null);
const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
const idleCheckMs = 5_000;

function offlineLimitMs(ring: KeyRing): number {
  return limitsOf(ring).offlineLimitHours * 3_600_000;
}

/** Reads the user's ring with the offline limit applied (and stored, if it just ran out). */
function currentRing(userId: string): KeyRing | null {
  const ring = readKeyRing(userId);
  if (!ring) return null;
  const limited = enforceOfflineLimit(ring, offlineLimitMs(ring));
  if (limited !== ring) writeKeyRing(userId, limited);
  return limited;
}

/**
 * The ring opened with the server's secret, or made anew. Made anew over data written before
 * encryption: with nothing unsent that data is deleted and pulled again, encrypted; with work
 * waiting it stays readable, and each record is sealed as it is next written.
 */
function holdsUnsentWork(userId: string): boolean {
  return readWaitingWork().some((entry) => entry.userId === userId && entry.count > 0);
}

async function openOrCreateRing(userId: string, secret: Uint8Array<ArrayBuffer>, password: string | null) {
  const ring = readKeyRing(userId);
  if (ring) {
    const opened = await unlockWithServer(ring, secret, password).catch(() => null);
    if (opened) return opened;
    const adopted = password ? await adoptServerSecret(ring, password, secret) : null;
    if (adopted) return adopted;
    // Neither this device's secret nor this password opens what is stored. Unsent work is never
    // deleted for it: the lock screen stays, where an older password may still open the copy.
    if (holdsUnsentWork(userId)) throw new Error('The data on this device opens with neither its secret nor this password.');
    await removeUserDatabases(userId);
  } else if (!holdsUnsentWork(userId)) {
    await removeUserDatabases(userId);
  }
  return createKeyRing(secret, password);
}

export function DeviceKeyGate({ user, children }: { user: UserProfile; children: (key: CryptoKey) => ReactNode }) {
  const client = useTRPCClient();
  const [state, setState] = useState<KeyState>({ status: 'unlocking' });

  /** The server's secret for this device, if it will give it now (a recent full sign-in). */
  const release = useCallback(async () => {
    if (!navigator.onLine) return null;
    try {
      return await client.devices.unlockKey.mutate();
    } catch {
      return null;
    }
  }, [client]);

  const unlockedWith = useCallback(
    (ring: KeyRing, key: CryptoKey) => {
      writeKeyRing(user.id, ring);
      markLocked(user.id, false);
      markOnce('device-key:ready');
      setState({ status: 'unlocked', key, limits: limitsOf(ring) });
    },
    [user.id],
  );

  /**
   * Opens the key with the server's secret; `password` (typed just now) wraps a fresh copy. At the
   * start the secret may already be on its way (`asked`, early-key-release.ts); if that answer
   * was no, the server is asked again now.
   */
  const unlockThroughServer = useCallback(
    async (password: string | null, asked: Promise<KeyRelease | null> | null = null): Promise<boolean> => {
      const given = (await asked) ?? (await release());
      if (!given) return false;
      markOnce('device-key:released');
      const secret = fromBase64(given.secret);
      try {
        const opened = await openOrCreateRing(user.id, secret, password);
        // The first script's picture of this screen goes on screen before the app draws its own.
        await whenEarlyScreenShown();
        const limits = { lockAfterMinutes: given.lockAfterMinutes, offlineLimitHours: given.offlineLimitHours };
        unlockedWith({ ...opened.ring, limits }, opened.key);
        // The password's copy is made while the first screen and the sync start, then stored.
        if (opened.passwordCopy) void storePasswordCopy(user.id, opened.ring.byServer, opened.passwordCopy);
        return true;
      } finally {
        secret.fill(0);
      }
    },
    [release, unlockedWith, user.id],
  );

  // At app start: unlocked by a recent sign-in, else locked.
  useEffect(() => {
    let cancelled = false;
    const password = takeSignInPassword();
    void (async () => {
      const locked = isMarkedLocked(user.id) && password === null;
      // Asked for as the page started (no password held), or as the sign-in was answered (one held).
      const asked = takeEarlyKey(user.id);
      const opened = !locked && (await unlockThroughServer(password, asked).catch(() => false));
      if (!opened && !cancelled) setState({ status: 'locked', reason: 'start' });
    })();
    return () => {
      cancelled = true;
    };
  }, [user.id, unlockThroughServer]);

  /**
   * Online, the server checks the password (counting towards the sign-in lockout, audited) and then
   * gives the device its secret: this opens a device whose password copy is gone, and one whose
   * password was changed elsewhere (the copy is made again with the new one).
   */
  const unlockOnline = useCallback(
    async (password: string): Promise<boolean> => {
      if (!navigator.onLine) return false;
      try {
        await client.secondFactor.reauthenticate.mutate({ password });
      } catch {
        return false;
      }
      return unlockThroughServer(password).catch(() => false);
    },
    [client, unlockThroughServer],
  );

  const unlock = useCallback(
    async (password: string): Promise<UnlockOutcome> => {
      const ring = currentRing(user.id);
      if (ring?.byPassword) {
        const tried = await unlockWithPassword(ring, password);
        if (tried.key) {
          unlockedWith(tried.ring, tried.key);
          return { ok: true };
        }
        writeKeyRing(user.id, tried.ring);
        if (await unlockOnline(password)) return { ok: true };
        return tried.ring.byPassword
          ? { ok: false, triesLeft: maxFailedUnlocks - tried.ring.failedUnlocks }
          : { ok: false, signInNeeded: true };
      }
      if (await unlockOnline(password)) return { ok: true };
      return { ok: false, signInNeeded: !navigator.onLine, triesLeft: navigator.onLine ? undefined : 0 };
    },
    [unlockOnline, unlockedWith, user.id],
  );

  const lock = useCallback(
    (reason: LockReason = 'idle') => {
      markLocked(user.id, true);
      setState({ status: 'locked', reason });
    },
    [user.id],
  );

  const unlockedLimits = state.status === 'unlocked' ? state.limits : null;
  useIdleLock(unlockedLimits ? unlockedLimits.lockAfterMinutes * 60_000 : null, lock);

  // The thumbnails the service worker once kept in clear go (they are kept encrypted now).
  useEffect(() => {
    if (state.status === 'unlocked' && typeof caches !== 'undefined') void caches.delete(thumbnailCacheName).catch(() => undefined);
  }, [state.status]);

  const value = useMemo(() => (unlockedLimits ? { limits: unlockedLimits, lock } : null), [unlockedLimits, lock]);
  // Locked: no picture of a screen stays over the lock screen (app/_lib/early-screen).
  useLayoutEffect(() => {
    if (state.status === 'locked') dropEarlyScreen();
  }, [state.status]);
  if (state.status === 'unlocking') return null;
  if (state.status === 'locked') {
    const ring = currentRing(user.id);
    return <LockScreen user={user} reason={state.reason} passwordUnlocks={Boolean(ring?.byPassword)} onUnlock={unlock} />;
  }
  return <DeviceKeyContext.Provider value={value}>{children(state.key)}</DeviceKeyContext.Provider>;
}

/** Locks after `afterMs` without a touch, a key or a scroll, or on return after being hidden that long. */
function useIdleLock(afterMs: number | null, lock: (reason: LockReason) => void): void {
  const lastActivity = useRef(Date.now());
  useEffect(() => {
    if (afterMs === null) return;
    lastActivity.current = Date.now();
    let hiddenAt: number | null = null;
    const touched = () => {
      lastActivity.current = Date.now();
    };
    const check = () => {
      if (Date.now() - lastActivity.current >= afterMs) lock('idle');
    };
    const visibility = () => {
      if (document.visibilityState === 'hidden') hiddenAt = Date.now();
      else {
        if (hiddenAt !== null && Date.now() - hiddenAt >= afterMs) lock('hidden');
        else check();
        hiddenAt = null;
      }
    };
    for (const event of activityEvents) window.addEventListener(event, touched, { passive: true, capture: true });
    document.addEventListener('visibilitychange', visibility);
    const timer = window.setInterval(check, idleCheckMs);
    return () => {
      for (const event of activityEvents) window.removeEventListener(event, touched, { capture: true });
      document.removeEventListener('visibilitychange', visibility);
      window.clearInterval(timer);
    };
  }, [afterMs, lock]);
}

/** The region's limits as this device knows them, and a way to lock now (the header's Lock button). */
export function useDeviceKey(): DeviceKeyContextValue | null {
  return useContext(DeviceKeyContext);
}
