/**
 * Registering a passkey from the security settings, first step: options for the browser (a
 * discoverable credential with user verification, so it can later replace the password). Only
 * after a recent proof of identity (./reauthentication.ts): the challenge stored here is what the
 * second step needs, so that step is covered too.
 */
import 'server-only';
import { loadWebAuthn } from '@/server/auth/webauthn';
import { eq } from 'drizzle-orm';
import { relyingParty as defaultRelyingParty } from '@/server/auth/relying-party';
import { passkeys } from '@/server/db/schema';
import type { SignedIn, PasskeyServiceOptions } from '@/server/services/service-options';
import { parseTransports } from './parse-transports';
import { assertRecentlyReauthenticated } from './reauthentication';
import { challengeLifetimeMs, storeChallenge } from './webauthn-challenges';

export async function beginPasskeyRegistration(
  { db, request, now = new Date(), relyingParty = defaultRelyingParty }: PasskeyServiceOptions,
  signedIn: SignedIn,
) {
  assertRecentlyReauthenticated(signedIn.session, now);
  const existing = db
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, signedIn.user.id))
    .all();
  const { generateRegistrationOptions } = await loadWebAuthn();
  const options = await generateRegistrationOptions({
    rpName: relyingParty.name,
    rpID: relyingParty.id,
    userName: signedIn.user.loginId,
    userDisplayName: signedIn.user.displayName,
    userID: new TextEncoder().encode(signedIn.user.id),
    timeout: challengeLifetimeMs,
    attestationType: 'none',
    excludeCredentials: existing.map((key) => ({ id: key.id, transports: parseTransports(key.transports) })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  const challengeId = storeChallenge(
    db,
    { challenge: options.challenge, userId: signedIn.user.id, purpose: 'register', ip: request.ip },
    now,
  );
  return { challengeId, options };
}
