/**
 * Recovery codes: ten single-use codes shown once, for when the phone with the authenticator app
 * is lost. Each is 50 random bits in base32 (`xxxxx-xxxxx`); being random, a plain SHA-256 is
 * enough to keep them unreadable at rest.
 */
import 'server-only';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

export const recoveryCodeCount = 10;

export function generateRecoveryCode(): string {
  const bytes = new Uint8Array(7);
  crypto.getRandomValues(bytes);
  const text = encodeBase32LowerCaseNoPadding(bytes).slice(0, 10);
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

export function generateRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, generateRecoveryCode);
}

/** Typed in any case, with or without the hyphen or spaces, it is the same code. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): Buffer {
  return Buffer.from(sha256(new TextEncoder().encode(normalizeRecoveryCode(code))));
}
