'use client';
/**
 * A sign-out made offline cannot reach the server, and the HttpOnly cookie cannot be removed from
 * script: remember it, hide the account at once, and finish it at the next contact.
 */
import { pendingSignOutKey } from '@/lib/offline/storage-keys';
import { allowEarlyKey } from './notifications/service-worker-signals';

const pendingKey = pendingSignOutKey;

export function markSignOutPending(): void {
  // The service worker asks for no key early from now on (the wipe then clears its signals).
  void allowEarlyKey(false);
  try {
    localStorage.setItem(pendingKey, '1');
  } catch {
    // Without storage the server session simply ends at its idle timeout.
  }
}

export function isSignOutPending(): boolean {
  try {
    return localStorage.getItem(pendingKey) === '1';
  } catch {
    return false;
  }
}

export function clearSignOutPending(): void {
  try {
    localStorage.removeItem(pendingKey);
  } catch {
    // Nothing to clear.
  }
}

/** Why the sign-in page is shown, when the server said: each has its own notice there. */
export const signInReasons = ['idle', 'maxAge', 'passwordChanged', 'signedOutElsewhere', 'invalid', 'disabled', 'deviceRevoked'] as const;
export type SignInReason = (typeof signInReasons)[number];

/**
 * Set while this page signs out: the sign-out itself goes to the sign-in screen once the device is
 * wiped, so nothing else (the signed-in layout, seeing the session end) leaves the page before that.
 */
let signingOutHere = false;

export function noteSigningOutHere(on: boolean): void {
  signingOutHere = on;
}

export function isSigningOutHere(): boolean {
  return signingOutHere;
}

/** Set when the user signs out in this page, so every redirect to sign-in says so. */
let signedOutHere = false;

export function noteSignedOutHere(): void {
  signedOutHere = true;
}

export function signInUrl(reason: string | null | undefined): string {
  if (signedOutHere) return '/signin?signedOut=1';
  return reason && signInReasons.includes(reason as SignInReason) ? `/signin?reason=${reason}` : '/signin';
}
