'use client';
/**
 * What the page leaves for the service worker (public/sw-push.js), which has no other way to know
 * it when a push arrives with the app closed: the last unread total (so a push adds to it, and the
 * icon's badge shows the unread count, not the push's own count), and when a notification last
 * alerted (so the page's notification and the push for the same news alert once); and whether the
 * app is open on this device, neither locked nor signing out (so the worker may ask for the device
 * key as a screen's navigation begins, app/_lib/early-screen/early-key-worker.ts). Kept in Cache Storage, which
 * both can read; only numbers — no patient data. The names match sw-push.js. Beside them, sealed as
 * the page keeps them, the screens' kept pictures, which the worker draws into a reopened screen's
 * page with that early key (app/_lib/early-screen/early-picture-worker.ts): nothing in clear, and
 * gone with the rest at every wipe.
 */
import type { PicturesForWorker } from '@/app/_lib/early-screen/early-picture-worker';

export const signalsCacheName = 'renraku-signals';
export const unreadSignal = '/__signals/unread';
export const notifiedSignal = '/__signals/notified';
export const earlyKeySignal = '/__signals/early-key';
export const earlyPicturesSignal = '/__signals/early-pictures';
/** A notification within this long of another replaces it silently (the same news told twice). */
export const alertAgainAfterMs = 2 * 60_000;

async function write(key: string, value: Record<string, number | string>): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(signalsCacheName);
  await cache.put(key, new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } }));
}

async function read(key: string): Promise<Record<string, unknown> | null> {
  if (typeof caches === 'undefined') return null;
  const found = await (await caches.open(signalsCacheName)).match(key);
  return found ? ((await found.json()) as Record<string, unknown>) : null;
}

export function keepUnreadForServiceWorker(count: number): Promise<void> {
  return write(unreadSignal, { count }).catch(() => undefined);
}

/** Whether a notification alerted a moment ago: the next one then replaces it without a sound. */
export async function alertedRecently(now = Date.now()): Promise<boolean> {
  const at = (await read(notifiedSignal).catch(() => null))?.at;
  return typeof at === 'number' && now - at < alertAgainAfterMs;
}

/** The page alerted: it has counted this news in the unread total it keeps here. */
export function noteAlerted(now = Date.now()): Promise<void> {
  return write(notifiedSignal, { at: now, by: 'page' }).catch(() => undefined);
}

/** The early-key signal's changes, in the order they were made (a lock just after an unlock wins). */
let earlyKeyChanges: Promise<void> = Promise.resolve();

/**
 * The app's data is open on this device (`true`: its key gate has the key), or it is locked or a
 * sign-out has begun (`false`): only while it is open does the service worker ask for the key early.
 */
export function allowEarlyKey(allowed: boolean, now = Date.now()): Promise<void> {
  if (typeof caches === 'undefined') return Promise.resolve();
  earlyKeyChanges = earlyKeyChanges
    .then(() =>
      allowed
        ? write(earlyKeySignal, { at: now })
        : caches.open(signalsCacheName).then((cache) => cache.delete(earlyKeySignal).then(() => undefined)),
    )
    .catch(() => undefined);
  return earlyKeyChanges;
}

/** Resolves once every change to the early-key signal made so far has reached Cache Storage. */
export function earlyKeySignalSettled(): Promise<void> {
  return earlyKeyChanges;
}

/** The pictures' changes, in the order they were made (a removal just after a save wins). */
let pictureChanges: Promise<void> = Promise.resolve();

/**
 * The screens' kept pictures, as the page now keeps them (sealed), for the service worker; null
 * where none are kept. Resolves once this change has reached Cache Storage.
 */
export function keepPicturesForServiceWorker(kept: PicturesForWorker | null): Promise<void> {
  if (typeof caches === 'undefined') return Promise.resolve();
  pictureChanges = pictureChanges
    .then(() =>
      kept && kept.pictures.length > 0
        ? caches
            .open(signalsCacheName)
            .then((cache) =>
              cache.put(earlyPicturesSignal, new Response(JSON.stringify(kept), { headers: { 'content-type': 'application/json' } })),
            )
        : caches.open(signalsCacheName).then((cache) => cache.delete(earlyPicturesSignal).then(() => undefined)),
    )
    .catch(() => undefined);
  return pictureChanges;
}

/** At sign-out and wipe: the next user's badge starts from nothing. */
export async function forgetServiceWorkerSignals(): Promise<void> {
  // A copy of the pictures still on its way would otherwise land after the cache is gone.
  await pictureChanges;
  if (typeof caches !== 'undefined') await caches.delete(signalsCacheName).catch(() => undefined);
  const nav = navigator as Navigator & { clearAppBadge?: () => Promise<void> };
  await nav.clearAppBadge?.().catch(() => undefined);
}
