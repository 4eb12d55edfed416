/**
 * Registering a passkey from the security settings, second step: the browser's answer verified
 * against the stored challenge, and the passkey stored. The first factor also brings recovery codes.
 */
import 'server-only';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { loadWebAuthn } from '@/server/auth/webauthn';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { relyingParty as defaultRelyingParty, expectedBy } from '@/server/auth/relying-party';
import { passkeys } from '@/server/db/schema';
import { auditContextOf } from '@/server/audit/audit-context';
import type { SignedIn, PasskeyServiceOptions } from '@/server/services/service-options';
import { countRecoveryCodesLeft, replaceRecoveryCodes } from './recovery-code-set';
import { markSessionSecondFactor } from './second-factor-step';
import { consumeChallenge } from './webauthn-challenges';
import { notifyAccount } from '@/server/services/notices/notify-account';

export async function finishPasskeyRegistration(
  options: PasskeyServiceOptions,
  signedIn: SignedIn,
  input: { challengeId: string; name: string; response: unknown },
): Promise<{ id: string; recoveryCodes: string[] | null }> {
  const { db, now = new Date(), relyingParty = defaultRelyingParty } = options;
  const stored = consumeChallenge(db, input.challengeId, 'register', now);
  if (!stored || stored.userId !== signedIn.user.id) throw new AppError('SECOND_FACTOR_INVALID', { reason: 'challenge' });
  const { verifyRegistrationResponse } = await loadWebAuthn();
  const verification = await verifyRegistrationResponse({
    response: input.response as RegistrationResponseJSON,
    ...expectedBy(relyingParty, stored.challenge),
  }).catch(() => null);
  if (!verification?.verified) throw new AppError('SECOND_FACTOR_INVALID', { reason: 'registration' });
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const recoveryCodes = db.transaction((tx) => {
    if (tx.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.id, credential.id)).get())
      throw new AppError('CONFLICT', { reason: 'passkeyRegistered' });
    tx.insert(passkeys)
      .values({
        id: credential.id,
        userId: signedIn.user.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ? JSON.stringify(credential.transports) : null,
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name: input.name,
        createdAt: now,
      })
      .run();
    // Made with user verification on this session: it counts as passing a second factor here.
    if (!signedIn.session.secondFactorAt) markSessionSecondFactor(tx, signedIn.session.id, now);
    const codes = countRecoveryCodesLeft(tx, signedIn.user.id) === 0 ? replaceRecoveryCodes(tx, signedIn.user.id, now) : null;
    const audited = { audit: auditContextOf(options.request, signedIn), now };
    const details = { name: input.name, deviceType: credentialDeviceType };
    audit(audited, 'passkey.registered', { target: { type: 'passkey', id: credential.id }, details }, tx);
    notifyAccount(tx, signedIn.user.id, 'passkeyAdded', { name: input.name, device: signedIn.device?.name ?? null }, now);
    if (codes) audit(audited, 'recoveryCodes.generated', { details: { count: codes.length } }, tx);
    return codes;
  });
  signedIn.session.secondFactorAt ??= now;
  return { id: credential.id, recoveryCodes };
}
