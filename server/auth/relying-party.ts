/**
 * The WebAuthn relying party: its ID is the host name of RENRAKU_BASE_URL and passkeys are only
 * accepted from that origin, so a passkey made for this deployment works nowhere else.
 */
import 'server-only';
import { env } from '@/server/env';

export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

export function relyingPartyOf(baseUrl: URL): RelyingParty {
  return { id: baseUrl.hostname, origin: baseUrl.origin, name: 'Renraku' };
}

export const relyingParty: RelyingParty = relyingPartyOf(env.baseUrl);

/** What every WebAuthn answer must show: our challenge, our origin and RP ID, and that the person was verified. */
export function expectedBy(party: RelyingParty, challenge: string) {
  return { expectedChallenge: challenge, expectedOrigin: party.origin, expectedRPID: party.id, requireUserVerification: true };
}
