/** Helpers for the second-factor tests: codes computed from a key, a pending session, enrolment. */
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import type { Db } from '@/server/db/client';
import { testPassword } from './seed';
import { openRequest, signInCookie } from './trpc-harness';

export const stepOf = (at: Date = new Date()) => Math.floor(at.getTime() / 30_000);

/** The app's code for `key` (base32, spaces allowed) at the current step plus `offset` steps. */
export function totpCode(key: string, offset = 0, at: Date = new Date()): string {
  const secret = decodeBase32IgnorePadding(key.replace(/\s/g, '').toUpperCase());
  return generateHOTP(secret, BigInt(stepOf(at) + offset), 6);
}

/** Signs in with the password only: the session still owes its second factor. */
export function pendingSession(db: Db, loginId: string, password = testPassword): Promise<string> {
  return signInCookie(db, loginId, password, { secondFactor: 'pending' });
}

export const as = (db: Db, cookie: string) => openRequest(db, { cookie }).caller;

/** Enrols an authenticator app through the procedures; the session then has passed its second factor. */
export async function enrolTotp(db: Db, cookie: string): Promise<{ key: string; recoveryCodes: string[] }> {
  const { secret } = await as(db, cookie).secondFactor.beginTotp();
  const { recoveryCodes } = await as(db, cookie).secondFactor.confirmTotp({ secret, code: totpCode(secret) });
  return { key: secret, recoveryCodes };
}
