/** The second step of signing in, with a passkey of the user's instead of a code. */
import 'server-only';
import type { PasskeyAssertionInput } from '@/lib/schemas/second-factor';
import type { PasskeyServiceOptions, SignedIn } from '@/server/services/service-options';
import { findPasskey } from './find-passkey';
import { verifyPasskeyAssertion } from './verify-passkey-assertion';
import { beginSecondFactorStep, type SecondFactorStep } from './second-factor-step';

export async function verifyPasskey(
  options: PasskeyServiceOptions,
  signedIn: SignedIn,
  input: PasskeyAssertionInput,
): Promise<{ secondFactorAt: Date }> {
  const now = options.now ?? new Date();
  const step: SecondFactorStep = beginSecondFactorStep({ ...options, now }, signedIn, 'passkey');
  const outcome = await verifyPasskeyAssertion({ ...options, now }, input, findPasskey(options.db, input.response.id), signedIn.user.id);
  if (!outcome.ok) step.fail(outcome.reason);
  options.db.transaction((tx) => step.markPassed(tx, { passkeyId: input.response.id }));
  step.passed();
  return { secondFactorAt: now };
}
