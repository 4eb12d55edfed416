/** The user's set of recovery codes: replaced whole (voiding the old set), counted, dropped. */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { generateRecoveryCodes, hashRecoveryCode } from '@/server/auth/recovery-codes';
import type { DbExecutor } from '@/server/db/client';
import { recoveryCodes } from '@/server/db/schema';

/** Returns the new codes in clear text: the only time they exist outside the user's hands. */
export function replaceRecoveryCodes(tx: DbExecutor, userId: string, now: Date): string[] {
  const codes = generateRecoveryCodes();
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  tx.insert(recoveryCodes)
    .values(codes.map((code) => ({ id: randomUUID(), userId, codeHash: hashRecoveryCode(code), createdAt: now })))
    .run();
  return codes;
}

export function countRecoveryCodesLeft(db: DbExecutor, userId: string): number {
  return db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .all().length;
}

export function dropRecoveryCodes(tx: DbExecutor, userId: string): void {
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
}
