/** Removing one of one's own passkeys, after a recent proof of identity; the last factor stays while the policy requires one. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { passkeys } from '@/server/db/schema';
import { auditContextOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { notifyAccount } from '@/server/services/notices/notify-account';
import { findOwnPasskey } from './find-own-passkey';
import { assertRecentlyReauthenticated } from './reauthentication';
import { dropRecoveryCodes } from './recovery-code-set';
import { hasSecondFactor, hasTotp, countPasskeys, policyRequiresSecondFactor } from './second-factor-due';

export function removePasskey(options: AuthServiceOptions, signedIn: SignedIn, input: { id: string }): void {
  const { db, now = new Date() } = options;
  assertRecentlyReauthenticated(signedIn.session, now);
  const row = findOwnPasskey(db, signedIn, input.id);
  const userId = signedIn.user.id;
  db.transaction((tx) => {
    const last = !hasTotp(tx, userId) && countPasskeys(tx, userId) === 1;
    if (last && policyRequiresSecondFactor(signedIn.user)) throw new AppError('SECOND_FACTOR_LAST');
    tx.delete(passkeys).where(eq(passkeys.id, row.id)).run();
    if (!hasSecondFactor(tx, userId)) dropRecoveryCodes(tx, userId);
    const audited = { audit: auditContextOf(options.request, signedIn), now };
    audit(audited, 'passkey.removed', { target: { type: 'passkey', id: row.id }, details: { name: row.name } }, tx);
    notifyAccount(tx, userId, 'passkeyRemoved', { name: row.name, device: signedIn.device?.name ?? null }, now);
  });
}
