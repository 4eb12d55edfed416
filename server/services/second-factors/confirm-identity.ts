/**
 * Before a factor is removed, the person at the screen proves it is them once more: a current code
 * from the app, or the password. Wrong answers count towards the sign-in lockout.
 */
import 'server-only';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { beginPasswordAttempt, markAttemptSucceeded, refuseIfLocked, type AttemptOptions } from '@/server/auth/login-attempts';
import { verifyPassword } from '@/server/auth/password';
import { matchTotpStep } from '@/server/auth/totp';
import { totpCredentials } from '@/server/db/schema';
import { auditContextOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export interface IdentityProof {
  code?: string;
  password?: string;
}

export async function confirmIdentity(options: AuthServiceOptions, signedIn: SignedIn, proof: IdentityProof): Promise<void> {
  const { db, config, now = new Date() } = options;
  // A failure changes nothing but the attempt count: its entries stand alone.
  const audited = { audit: auditContextOf(options.request, signedIn), now };
  const key = { loginId: signedIn.user.loginId, ip: options.request.ip ?? 'unknown' };
  const auditLocked = (decision: { scope: string; until: number }) =>
    audit(audited, 'auth.signInLocked', { outcome: 'failure', details: { scope: decision.scope, until: decision.until } }, db);
  const throttle: AttemptOptions = proof.code ? { step: 'secondFactor', passLoginIdLock: true } : {};
  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, auditLocked, throttle);
  let ok = false;
  if (proof.code) {
    const credential = db.select().from(totpCredentials).where(eq(totpCredentials.userId, signedIn.user.id)).get();
    const step = credential ? matchTotpStep(new Uint8Array(credential.secret), proof.code, now, credential.lastUsedStep) : null;
    if (step !== null) {
      const { changes } = db
        .update(totpCredentials)
        .set({ lastUsedStep: step })
        .where(
          and(
            eq(totpCredentials.userId, signedIn.user.id),
            or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step)),
          ),
        )
        .run();
      ok = changes === 1;
    }
  } else if (proof.password) {
    ok = await verifyPassword(signedIn.user.passwordHash, proof.password);
  }
  if (!ok) {
    const details = { method: proof.code ? 'totp' : 'password', reason: 'confirmIdentity' };
    audit(audited, 'secondFactor.failed', { outcome: 'failure', details }, db);
    refuseIfLocked(db, key, config.loginThrottle, now, auditLocked, throttle);
    throw new AppError(proof.code ? 'SECOND_FACTOR_INVALID' : 'WRONG_CURRENT_PASSWORD');
  }
  markAttemptSucceeded(db, attemptId);
}
