import 'server-only';
import { loadWebAuthn } from '@/server/auth/webauthn';
import { eq } from 'drizzle-orm';
import { relyingParty as defaultRelyingParty } from '@/server/auth/relying-party';
import { passkeys } from '@/server/db/schema';
import type { PasskeyServiceOptions } from '@/server/services/service-options';
import { parseTransports } from './parse-transports';
import { challengeLifetimeMs, storeChallenge } from './webauthn-challenges';

/**
 * Authenticating with a passkey (the second step after a password, or passwordless sign-in), first
 * step: options for the browser, with a stored challenge. With `userId`, only that user's passkeys
 * are offered; without, the browser lets the person pick one (discoverable).
 */
export async function beginPasskeyAuthentication(
  {
    db,
    request,
    now = new Date(),
    relyingParty = defaultRelyingParty,
  }: Pick<PasskeyServiceOptions, 'db' | 'now' | 'relyingParty'> & { request: { ip: string | null } },
  userId: string | null,
) {
  const allowCredentials = userId
    ? db
        .select({ id: passkeys.id, transports: passkeys.transports })
        .from(passkeys)
        .where(eq(passkeys.userId, userId))
        .all()
        .map((key) => ({ id: key.id, transports: parseTransports(key.transports) }))
    : undefined;
  const { generateAuthenticationOptions } = await loadWebAuthn();
  const options = await generateAuthenticationOptions({
    rpID: relyingParty.id,
    allowCredentials,
    userVerification: 'required',
    timeout: challengeLifetimeMs,
  });
  const challengeId = storeChallenge(db, { challenge: options.challenge, userId, purpose: 'authenticate', ip: request.ip }, now);
  return { challengeId, options };
}
