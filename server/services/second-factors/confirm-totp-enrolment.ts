/**
 * Setting up an authenticator app, second step: the secret from `beginTotpEnrolment` comes back
 * with a current code from the app, which proves the app holds it; only then is it stored. The key
 * is the user's own: a client echoing another one only changes their own account, and only to a
 * full-length random-looking key. Confirming also passes the second factor for this session and
 * issues the recovery codes.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { matchTotpStep, parseTotpSecret } from '@/server/auth/totp';
import { totpCredentials } from '@/server/db/schema';
import { auditContextOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { notifyAccount } from '@/server/services/notices/notify-account';
import { assertRecentlyReauthenticated } from './reauthentication';
import { replaceRecoveryCodes } from './recovery-code-set';
import { hasTotp } from './second-factor-due';
import { markSessionSecondFactor } from './second-factor-step';

export function confirmTotpEnrolment(
  options: AuthServiceOptions,
  signedIn: SignedIn,
  input: { secret: string; code: string },
): { recoveryCodes: string[] } {
  const { db, now = new Date() } = options;
  // Checked here too: the secret comes from the client, which could skip the first step.
  assertRecentlyReauthenticated(signedIn.session, now);
  const secret = parseTotpSecret(input.secret);
  if (!secret) throw new AppError('INVALID_INPUT', { field: 'secret' });
  const step = matchTotpStep(secret, input.code, now, null);
  if (step === null) throw new AppError('SECOND_FACTOR_INVALID');
  const recoveryCodes = db.transaction((tx) => {
    if (hasTotp(tx, signedIn.user.id)) throw new AppError('CONFLICT', { reason: 'totpEnrolled' });
    tx.insert(totpCredentials)
      .values({ userId: signedIn.user.id, secret: Buffer.from(secret), lastUsedStep: step, createdAt: now })
      .run();
    markSessionSecondFactor(tx, signedIn.session.id, now);
    const codes = replaceRecoveryCodes(tx, signedIn.user.id, now);
    const audited = { audit: auditContextOf(options.request, signedIn), now };
    audit(audited, 'secondFactor.enrolled', { details: { method: 'totp' } }, tx);
    audit(audited, 'recoveryCodes.generated', { details: { count: codes.length } }, tx);
    notifyAccount(tx, signedIn.user.id, 'totpAdded', { device: signedIn.device?.name ?? null }, now);
    return codes;
  });
  signedIn.session.secondFactorAt = now;
  return { recoveryCodes };
}
