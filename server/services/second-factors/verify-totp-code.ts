/** The second step of signing in: a code from the authenticator app, good once. */
import 'server-only';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { matchTotpStep } from '@/server/auth/totp';
import { totpCredentials } from '@/server/db/schema';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { beginSecondFactorStep, type SecondFactorStep } from './second-factor-step';

export function verifyTotpCode(options: AuthServiceOptions, signedIn: SignedIn, input: { code: string }): { secondFactorAt: Date } {
  const { db, now = new Date() } = options;
  const step: SecondFactorStep = beginSecondFactorStep({ ...options, now }, signedIn, 'totp');
  const credential = db.select().from(totpCredentials).where(eq(totpCredentials.userId, signedIn.user.id)).get();
  if (!credential) step.fail('notEnrolled');
  const matched = matchTotpStep(new Uint8Array(credential.secret), input.code, now, credential.lastUsedStep);
  if (matched === null) step.fail('wrongCode');
  // The step is claimed with a conditional write, so two requests racing with one code cannot both pass.
  const claimed = db.transaction((tx) => {
    const { changes } = tx
      .update(totpCredentials)
      .set({ lastUsedStep: matched })
      .where(
        and(
          eq(totpCredentials.userId, signedIn.user.id),
          or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, matched)),
        ),
      )
      .run();
    if (changes === 1) step.markPassed(tx);
    return changes === 1;
  });
  if (!claimed) step.fail('codeReused');
  step.passed();
  return { secondFactorAt: now };
}
