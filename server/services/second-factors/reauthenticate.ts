/**
 * The person at the screen proves it is them again — the password, a current code from the app,
 * or one of their passkeys — so the session may change sign-in factors for the next few minutes
 * (./reauthentication.ts). Wrong answers count towards the sign-in lockout and are audited.
 */
import 'server-only';
import type { ReauthenticateInput } from '@/lib/schemas/second-factor';
import { audit } from '@/server/audit/audit';
import { auditContextOf } from '@/server/audit/audit-context';
import type { PasskeyServiceOptions, SignedIn } from '@/server/services/service-options';
import { confirmIdentity } from './confirm-identity';
import { findPasskey } from './find-passkey';
import { markReauthenticated, reauthenticatedUntil } from './reauthentication';
import { beginSecondFactorStep } from './second-factor-step';
import { verifyPasskeyAssertion } from './verify-passkey-assertion';

export async function reauthenticate(
  options: PasskeyServiceOptions,
  signedIn: SignedIn,
  input: ReauthenticateInput,
): Promise<{ reauthenticatedUntil: Date | null }> {
  const now = options.now ?? new Date();
  const { db } = options;
  if (input.passkey) {
    // A passkey is a second factor passed: the shared step counts, audits and marks the session.
    const step = beginSecondFactorStep({ ...options, now }, signedIn, 'passkey');
    const passkey = findPasskey(db, input.passkey.response.id);
    const outcome = await verifyPasskeyAssertion({ ...options, now }, input.passkey, passkey, signedIn.user.id);
    if (!outcome.ok) step.fail(outcome.reason);
    db.transaction((tx) => step.markPassed(tx, { passkeyId: input.passkey?.response.id ?? null, purpose: 'reauthenticate' }));
    step.passed();
  } else {
    await confirmIdentity({ ...options, now }, signedIn, { password: input.password, code: input.code });
    db.transaction((tx) => {
      markReauthenticated(tx, signedIn.session, now);
      audit(
        { audit: auditContextOf(options.request, signedIn), now },
        'auth.reauthenticated',
        { details: { method: input.code ? 'totp' : 'password' } },
        tx,
      );
    });
  }
  return { reauthenticatedUntil: reauthenticatedUntil(signedIn.session, now) };
}
