'use client';
/**
 * The screens' kept pictures, handed to the service worker as the page keeps them: every change
 * the page makes to its pictures (sealed, in localStorage, which a worker cannot read) is copied,
 * still sealed, into Cache Storage, with the data key's copy wrapped for the server's secret (the
 * key ring's). The worker can open one only with the server's release of that secret
 * (./early-picture-worker.ts).
 */
import { readKeyRing } from '@/lib/offline/encryption/key-store';
import { defaultStorage, entryOf, type KeyValueStorage } from '@/lib/offline/screen-copies';
import { keepPicturesForServiceWorker } from '@/app/_lib/notifications/service-worker-signals';
import { pictureCopyName } from './config';
import type { PicturesForWorker } from './early-picture-worker';

function picturesOf(userId: string, stored: string | null): PicturesForWorker | null {
  const ring = readKeyRing(userId);
  if (!ring || !stored) return null;
  try {
    const parsed = JSON.parse(stored) as unknown;
    if (!Array.isArray(parsed)) return null;
    const pictures = (parsed as Array<{ id?: unknown; sealed?: unknown }>)
      .filter((each) => typeof each?.id === 'string' && typeof each.sealed === 'string')
      .map((each) => ({ id: each.id as string, sealed: each.sealed as string }));
    return { byServer: ring.byServer, pictures };
  } catch {
    return null;
  }
}

/** The storage the user's pictures are kept in (`storage`), each change copied for the service worker. */
export function picturesStorageForWorker(userId: string, storage: KeyValueStorage | null = defaultStorage()): KeyValueStorage | null {
  if (!storage) return null;
  return {
    getItem: (key) => storage.getItem(key),
    setItem(key, value) {
      storage.setItem(key, value);
      void keepPicturesForServiceWorker(picturesOf(userId, value));
    },
    removeItem(key) {
      storage.removeItem(key);
      void keepPicturesForServiceWorker(null);
    },
  };
}

/** Copies the pictures kept now (those kept before the worker was given them, at the app's start). */
export function handPicturesToWorker(userId: string, storage: KeyValueStorage | null = defaultStorage()): Promise<void> {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(entryOf(pictureCopyName, userId)) ?? null;
  } catch {
    // Nothing readable: nothing to hand over.
  }
  return keepPicturesForServiceWorker(picturesOf(userId, stored));
}
