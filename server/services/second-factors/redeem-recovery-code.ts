/** Passing the second step with a recovery code instead of the app: each code works once. */
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '@/server/audit/audit';
import { auditContextOf } from '@/server/audit/audit-context';
import { hashRecoveryCode } from '@/server/auth/recovery-codes';
import { recoveryCodes } from '@/server/db/schema';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { countRecoveryCodesLeft } from './recovery-code-set';
import { beginSecondFactorStep, type SecondFactorStep } from './second-factor-step';

export function redeemRecoveryCode(
  options: AuthServiceOptions,
  signedIn: SignedIn,
  input: { code: string },
): { secondFactorAt: Date; recoveryCodesLeft: number } {
  const { db, now = new Date() } = options;
  const step: SecondFactorStep = beginSecondFactorStep({ ...options, now }, signedIn, 'recoveryCode');
  const codeHash = hashRecoveryCode(input.code);
  const left = db.transaction((tx) => {
    const { changes } = tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.userId, signedIn.user.id), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
      .run();
    if (changes === 0) return null;
    const remaining = countRecoveryCodesLeft(tx, signedIn.user.id);
    audit({ audit: auditContextOf(options.request, signedIn), now }, 'recoveryCodes.used', { details: { left: remaining } }, tx);
    step.markPassed(tx);
    return remaining;
  });
  if (left === null) step.fail('wrongRecoveryCode');
  step.passed();
  return { secondFactorAt: now, recoveryCodesLeft: left };
}
