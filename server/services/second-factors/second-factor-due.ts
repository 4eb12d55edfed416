/**
 * Whether a session still owes a second factor. Administrators must always have one; all staff
 * when their region's policy says so. A session owes it until a factor is passed in it:
 * `required` when the user has one to pass, `setupRequired` when the policy covers them but they
 * have none yet (they enrol first).
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { isAdministrator } from '@/lib/domain/roles';
import type { Session } from '@/server/auth/session';
import type { Db, DbExecutor } from '@/server/db/client';
import { passkeys, totpCredentials } from '@/server/db/schema';
import type { UserRecord } from '@/server/db/user-record';

export type SecondFactorDue = 'required' | 'setupRequired' | null;

export function policyRequiresSecondFactor(user: Pick<UserRecord, 'role' | 'region'>): boolean {
  return isAdministrator(user.role) || user.region.twoFactorPolicy === 'everyone';
}

export function hasTotp(db: DbExecutor, userId: string): boolean {
  return db.select({ userId: totpCredentials.userId }).from(totpCredentials).where(eq(totpCredentials.userId, userId)).get() !== undefined;
}

export function countPasskeys(db: DbExecutor, userId: string): number {
  return db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId)).all().length;
}

/** An authenticator app or a passkey; recovery codes only stand in for one. */
export function hasSecondFactor(db: DbExecutor, userId: string): boolean {
  return hasTotp(db, userId) || countPasskeys(db, userId) > 0;
}

export function secondFactorDueFor(
  db: Db,
  signedIn: { session: Pick<Session, 'secondFactorAt'>; user: Pick<UserRecord, 'id' | 'role' | 'region'> },
): SecondFactorDue {
  if (signedIn.session.secondFactorAt) return null;
  if (hasSecondFactor(db, signedIn.user.id)) return 'required';
  return policyRequiresSecondFactor(signedIn.user) ? 'setupRequired' : null;
}
