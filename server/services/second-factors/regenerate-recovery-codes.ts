/** A new set of recovery codes, after a recent proof of identity; the old set stops working at once. */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { auditContextOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { notifyAccount } from '@/server/services/notices/notify-account';
import { assertRecentlyReauthenticated } from './reauthentication';
import { replaceRecoveryCodes } from './recovery-code-set';
import { hasSecondFactor } from './second-factor-due';

export function regenerateRecoveryCodes(options: AuthServiceOptions, signedIn: SignedIn): { recoveryCodes: string[] } {
  const { db, now = new Date() } = options;
  assertRecentlyReauthenticated(signedIn.session, now);
  const recoveryCodes = db.transaction((tx) => {
    // Codes stand in for a factor; without one there is nothing for them to recover.
    if (!hasSecondFactor(tx, signedIn.user.id)) throw new AppError('CONFLICT', { reason: 'noSecondFactor' });
    const codes = replaceRecoveryCodes(tx, signedIn.user.id, now);
    audit({ audit: auditContextOf(options.request, signedIn), now }, 'recoveryCodes.generated', { details: { count: codes.length } }, tx);
    notifyAccount(tx, signedIn.user.id, 'recoveryCodesRegenerated', { device: signedIn.device?.name ?? null }, now);
    return codes;
  });
  return { recoveryCodes };
}
