/**
 * The names of what the app keeps in localStorage before any database opens, in one place: the
 * modules that read and write them, and the page's first script (app/_lib/early-screen/boot.ts),
 * which reads them before the app's code has loaded, take them from here.
 */
/** The signed-in user's profile as the device last had it (app/_lib/cached-profile.ts). */
export const profileKey = 'renraku.profile';
/** A sign-out begun offline, to be finished online (app/_lib/sign-out-state.ts). */
export const pendingSignOutKey = 'renraku.pendingSignOut';
/** Before a user's id: the device was locked and not unlocked since (app/_lib/offline/lock-flag.ts). */
export const lockedFlagPrefix = 'renraku.locked.';
/** Before a user's name-safe id: the wrapped copies of the data key (lib/offline/encryption/key-store.ts). */
export const keyRingPrefix = 'renraku.keyRing.';
/** Before a screen's name, a dot and a user's name-safe id: the kept first screens (./screen-copies.ts). */
export const screenCopyPrefix = 'renraku.screenCopy.';
/** The pages outside the signed-in frame (app/signin, app/join, app/offline): no key is asked for there. */
export const outsideSignedInFrame = /^\/(signin|join|offline)(\/|$)/;
