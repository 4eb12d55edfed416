/** Passing the second step with a recovery code instead of the app: each code works once. */
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { hashRecoveryCode } from '@/server/auth/recovery-codes';
import { recoveryCodes } from '@/server/db/schema';
import { countRecoveryCodesLeft } from './recovery-code-set';
import { auditRequestOf, beginSecondFactorStep, type SecondFactorStep } from './second-factor-step';
import { auditActorOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export function redeemRecoveryCode(
  options: AuthServiceOptions,
  signedIn: SignedIn,
  input: { code: string },
): { secondFactorAt: Date; recoveryCodesLeft: number } {
  const { db, now = new Date() } = options;
  const step: SecondFactorStep = beginSecondFactorStep({ ...options, now }, signedIn, 'recoveryCode');
  const codeHash = hashRecoveryCode(input.code);
  const used = db.transaction((tx) => {
    const { changes } = tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.userId, signedIn.user.id), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
      .run();
    if (changes > 0) step.markPassed(tx);
    return changes > 0;
  });
  if (!used) step.fail('wrongRecoveryCode');
  const left = countRecoveryCodesLeft(db, signedIn.user.id);
  appendAuditEntry(
    db,
    { action: 'recoveryCodes.used', actor: auditActorOf(signedIn.user), request: auditRequestOf(options, signedIn), details: { left } },
    now.getTime(),
  );
  step.passed();
  return { secondFactorAt: now, recoveryCodesLeft: left };
}
