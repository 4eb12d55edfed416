/**
 * Removing the authenticator app, after a current code or the password. Refused when it is the
 * last factor and the policy requires one; removing the last factor also voids the recovery codes.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { totpCredentials } from '@/server/db/schema';
import { auditContextOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { notifyAccount } from '@/server/services/notices/notify-account';
import { confirmIdentity, type IdentityProof } from './confirm-identity';
import { dropRecoveryCodes } from './recovery-code-set';
import { countPasskeys, hasTotp, policyRequiresSecondFactor } from './second-factor-due';

export async function removeTotp(options: AuthServiceOptions, signedIn: SignedIn, proof: IdentityProof): Promise<void> {
  const { db, now = new Date() } = options;
  const userId = signedIn.user.id;
  if (!hasTotp(db, userId)) throw new AppError('NOT_FOUND');
  if (countPasskeys(db, userId) === 0 && policyRequiresSecondFactor(signedIn.user)) throw new AppError('SECOND_FACTOR_LAST');
  await confirmIdentity({ ...options, now }, signedIn, proof);
  db.transaction((tx) => {
    tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId)).run();
    if (countPasskeys(tx, userId) === 0) dropRecoveryCodes(tx, userId);
    audit({ audit: auditContextOf(options.request, signedIn), now }, 'secondFactor.removed', { details: { method: 'totp' } }, tx);
    notifyAccount(tx, userId, 'totpRemoved', { device: signedIn.device?.name ?? null }, now);
  });
}
