'use client';
/**
 * The device key's release (devices.unlockKey), asked for while a signed-in screen's scripts are
 * starting rather than once the signed-in frame has rendered: the round trip (80–110 ms in
 * `npm run bench:sync`) then overlaps the start instead of following it, and a reopened screen
 * shows its kept copy that much sooner.
 *
 * It is asked for exactly when the device key gate (device-key.tsx) would ask at its start — a
 * profile kept on this device, online, no sign-out waiting, the device not locked — and only the
 * gate of that same user takes the answer, once. An answer nobody took is dropped after a minute.
 * A sign-in asks for it too, as its answer comes (`askForKeyAtSignIn`).
 */
import { readCachedProfile } from '@/app/_lib/cached-profile';
import { isSignOutPending } from '@/app/_lib/sign-out-state';
import { takeEarlyRelease } from '@/app/_lib/early-screen/early-screen';
import { makeTrpcClient, type TrpcClient } from '@/app/_lib/trpc';
import { outsideSignedInFrame } from '@/lib/offline/storage-keys';
import { isMarkedLocked } from './lock-flag';

export type KeyRelease = Awaited<ReturnType<TrpcClient['devices']['unlockKey']['mutate']>>;

const keptMs = 60_000;
let early: { userId: string; answer: Promise<KeyRelease | null> } | null = null;

/**
 * Asks for the key now if the gate will ask for it at its start. Once per page; called as the
 * first scripts run (app/_components/providers.tsx), before the page has rendered.
 */
export function askForKeyEarly(): void {
  if (early || typeof window === 'undefined' || outsideSignedInFrame.test(location.pathname)) return;
  if (!navigator.onLine || isSignOutPending()) return;
  const userId = readCachedProfile()?.user.id;
  if (!userId || isMarkedLocked(userId)) return;
  // The page's first script may have asked already (app/_lib/early-screen/boot.ts): one release per start.
  hold({ userId, answer: takeEarlyRelease(userId) ?? askServer() });
}

/**
 * Asks for `userId`'s key as a sign-in is answered (no second factor owed), while the app goes on
 * to its first signed-in screen: the gate, opening with the password just typed, takes it there.
 */
export function askForKeyAtSignIn(userId: string): void {
  hold({ userId, answer: askServer() });
}

/** The release asked for now: null where the server says no or cannot be reached. */
function askServer(): Promise<KeyRelease | null> {
  return makeTrpcClient()
    .devices.unlockKey.mutate()
    .catch(() => null);
}

/** Keeps an answer asked for early for its gate, a minute at most. */
function hold(asked: NonNullable<typeof early>): void {
  early = asked;
  window.setTimeout(() => {
    if (early === asked) early = null;
  }, keptMs);
}

/** The answer asked for early for this user, once; null when there is none to take. */
export function takeEarlyKey(userId: string): Promise<KeyRelease | null> | null {
  const asked = early;
  early = null;
  return asked && asked.userId === userId ? asked.answer : null;
}
