/**
 * Removes every passkey of a user, as a password change or an administrator's password reset may
 * ask: a passkey someone slipped in would otherwise outlive the password it was added under. The
 * recovery codes go too when no factor is left for them to stand in for; the user is told.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { passkeys } from '@/server/db/schema';
import { notifyAccount } from '@/server/services/notices/notify-account';
import { dropRecoveryCodes } from './recovery-code-set';
import { hasSecondFactor } from './second-factor-due';

export function removeAllPasskeys(tx: DbExecutor, userId: string, now: Date, by?: string): number {
  const removed = tx.delete(passkeys).where(eq(passkeys.userId, userId)).run().changes;
  if (removed === 0) return 0;
  if (!hasSecondFactor(tx, userId)) dropRecoveryCodes(tx, userId);
  notifyAccount(tx, userId, 'passkeysRemoved', { count: removed, ...(by && { by }) }, now);
  return removed;
}
