/**
 * The page's first script's settings (./boot.ts), from the modules that own each name: built on
 * the server into the page, and read by the app's side of it (./early-screen.ts).
 */
import {
  keyRingPrefix,
  lockedFlagPrefix,
  outsideSignedInFrame,
  pendingSignOutKey,
  profileKey,
  screenCopyPrefix,
} from '@/lib/offline/storage-keys';
import type { ScreenCopyName } from '@/lib/offline/screen-copies';
import type { EarlyScreenConfig } from './boot';

/** The kept pictures' screen name (lib/offline/screen-copies.ts). */
export const pictureCopyName: ScreenCopyName = 'firstPaint';

/** The screens that keep a picture: a timeline, What's new, the patient list. */
export const screenPaths = ['/patient', '/whats-new', '/patients'] as const;

export const earlyScreenConfig: EarlyScreenConfig = {
  outside: outsideSignedInFrame.source,
  profileKey,
  signOutKey: pendingSignOutKey,
  lockedPrefix: lockedFlagPrefix,
  ringPrefix: keyRingPrefix,
  picturesPrefix: `${screenCopyPrefix}${pictureCopyName}.`,
  paths: [...screenPaths],
  handoff: '__renrakuEarlyKey',
  shownHandoff: '__renrakuEarlyScreenShown',
  elementId: 'renraku-early-screen',
  workerMeta: 'renraku-early-screen',
  widthSlack: 40,
  dropAfterMs: 5_000,
  releaseUrl: '/api/trpc/devices.unlockKey?batch=1',
  releaseBody: JSON.stringify({ 0: { json: null, meta: { values: ['undefined'], v: 1 } } }),
};

/** How long the service worker keeps a release it asked for as a navigation began (app/_lib/early-screen/early-key-worker.ts). */
export const earlyKeyKeptMs = 10_000;

/**
 * How long the page's end waits, at most, for the service worker to open the screen's picture (the
 * key's release from the server): all the page but its last tag has gone by then, so only the
 * parser's end (`DOMContentLoaded`) waits; without the picture the first script draws it as before.
 */
export const workerPictureWaitMs = 1_000;
