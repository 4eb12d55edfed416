/**
 * Setting up an authenticator app, first step: a fresh secret, shown as a QR code and a typed key.
 * Nothing is stored until confirmTotpEnrolment receives it back with a current code. Both steps
 * need a recent proof of identity (./reauthentication.ts).
 */
import 'server-only';
import { renderSVG } from 'uqr';
import { AppError } from '@/lib/errors/app-error';
import { formatTotpSecret, generateTotpSecret, totpKeyUri } from '@/server/auth/totp';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { assertRecentlyReauthenticated } from './reauthentication';
import { hasTotp } from './second-factor-due';

const issuer = 'Renraku';

export function beginTotpEnrolment(
  { db }: Pick<AuthServiceOptions, 'db'>,
  signedIn: SignedIn,
  now: Date = new Date(),
): { secret: string; uri: string; qrSvg: string } {
  assertRecentlyReauthenticated(signedIn.session, now);
  if (hasTotp(db, signedIn.user.id)) throw new AppError('CONFLICT', { reason: 'totpEnrolled' });
  const secret = generateTotpSecret();
  const uri = totpKeyUri(issuer, signedIn.user.loginId, secret);
  return { secret: formatTotpSecret(secret), uri, qrSvg: renderSVG(uri, { ecc: 'M', border: 2, pixelSize: 6 }) };
}
