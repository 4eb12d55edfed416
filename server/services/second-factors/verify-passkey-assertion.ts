/**
 * Authenticating with a passkey, the part both uses share (second factor after the password, and
 * passwordless sign-in): the assertion checked against the stored challenge, the credential's
 * public key and its signature counter, which must move forward.
 */
import 'server-only';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { loadWebAuthn } from '@/server/auth/webauthn';
import { and, eq } from 'drizzle-orm';
import { relyingParty as defaultRelyingParty, expectedBy } from '@/server/auth/relying-party';
import { passkeys } from '@/server/db/schema';
import type { PasskeyAssertionInput } from '@/lib/schemas/second-factor';
import type { PasskeyServiceOptions } from '@/server/services/service-options';
import { parseTransports } from './parse-transports';
import type { PasskeyRow } from './find-passkey';
import { consumeChallenge } from './webauthn-challenges';

export type AssertionOutcome = { ok: true } | { ok: false; reason: 'challenge' | 'unknownPasskey' | 'otherUser' | 'signature' | 'counter' };

/**
 * Checks the assertion for `passkey` (found by the response's credential ID) and, when it holds,
 * stores the new counter. The challenge is consumed either way.
 */
export async function verifyPasskeyAssertion(
  { db, now = new Date(), relyingParty = defaultRelyingParty }: Pick<PasskeyServiceOptions, 'db' | 'now' | 'relyingParty'>,
  input: PasskeyAssertionInput,
  passkey: PasskeyRow | null,
  expectedUserId: string | null,
): Promise<AssertionOutcome> {
  const stored = consumeChallenge(db, input.challengeId, 'authenticate', now);
  if (!stored || stored.userId !== expectedUserId) return { ok: false, reason: 'challenge' };
  if (!passkey) return { ok: false, reason: 'unknownPasskey' };
  if (expectedUserId && passkey.userId !== expectedUserId) return { ok: false, reason: 'otherUser' };
  let failure: 'signature' | 'counter' = 'signature';
  const { verifyAuthenticationResponse } = await loadWebAuthn();
  const verification = await verifyAuthenticationResponse({
    response: input.response as AuthenticationResponseJSON,
    ...expectedBy(relyingParty, stored.challenge),
    credential: {
      id: passkey.id,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: passkey.counter,
      transports: parseTransports(passkey.transports),
    },
  }).catch((error: unknown) => {
    if (error instanceof Error && /counter/i.test(error.message)) failure = 'counter';
    return null;
  });
  if (!verification?.verified) return { ok: false, reason: failure };
  // Conditional on the counter read, so a replayed assertion racing this one cannot also pass.
  const { changes } = db
    .update(passkeys)
    .set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now })
    .where(and(eq(passkeys.id, passkey.id), eq(passkeys.counter, passkey.counter)))
    .run();
  return changes === 1 ? { ok: true } : { ok: false, reason: 'counter' };
}
