/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 30-second steps, 6 digits, as authenticator apps
 * expect) on @oslojs/otp. A code is accepted for the current step or one either side, and only for
 * a step later than the last one accepted, so an overheard code cannot be replayed.
 */
import 'server-only';
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP, verifyHOTP } from '@oslojs/otp';

export const totpPeriodSeconds = 30;
export const totpDigits = 6;
export const totpSecretBytes = 20;

export function generateTotpSecret(): Uint8Array {
  const secret = new Uint8Array(totpSecretBytes);
  crypto.getRandomValues(secret);
  return secret;
}

/** The key as people type it into an app: base32, upper case, in groups of four. */
export function formatTotpSecret(secret: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(secret).replace(/(.{4})(?=.)/g, '$1 ');
}

/** Reads a typed or echoed key back; null unless it is exactly a key of ours (160 bits). */
export function parseTotpSecret(text: string): Uint8Array | null {
  try {
    const bytes = decodeBase32IgnorePadding(text.replace(/[\s-]/g, '').toUpperCase());
    return bytes.length === totpSecretBytes ? bytes : null;
  } catch {
    return null;
  }
}

export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totpPeriodSeconds);
}

export function totpCodeAt(secret: Uint8Array, step: number): string {
  return generateHOTP(secret, BigInt(step), totpDigits);
}

/**
 * The step a code belongs to, within ±1 step of now and after `lastUsedStep`; null when it matches
 * none. Every candidate is checked (constant time each), so timing says nothing about which.
 */
export function matchTotpStep(secret: Uint8Array, code: string, now: Date, lastUsedStep: number | null): number | null {
  const normalized = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(normalized)) return null;
  const current = totpStepAt(now);
  let matched: number | null = null;
  for (const step of [current - 1, current, current + 1]) {
    const ok = verifyHOTP(secret, BigInt(step), totpDigits, normalized);
    if (ok && (lastUsedStep === null || step > lastUsedStep) && matched === null) matched = step;
  }
  return matched;
}

export function totpKeyUri(issuer: string, accountName: string, secret: Uint8Array): string {
  return createTOTPKeyURI(issuer, accountName, secret, totpPeriodSeconds, totpDigits);
}
