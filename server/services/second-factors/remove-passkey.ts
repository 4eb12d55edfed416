/** Removing one of one's own passkeys; the last factor stays while the policy requires one. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { passkeys } from '@/server/db/schema';
import { auditContextOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { findOwnPasskey } from './find-own-passkey';
import { dropRecoveryCodes } from './recovery-code-set';
import { hasSecondFactor, hasTotp, countPasskeys, policyRequiresSecondFactor } from './second-factor-due';

export function removePasskey(options: AuthServiceOptions, signedIn: SignedIn, input: { id: string }): void {
  const { db, now = new Date() } = options;
  const row = findOwnPasskey(db, signedIn, input.id);
  const userId = signedIn.user.id;
  db.transaction((tx) => {
    const last = !hasTotp(tx, userId) && countPasskeys(tx, userId) === 1;
    if (last && policyRequiresSecondFactor(signedIn.user)) throw new AppError('SECOND_FACTOR_LAST');
    tx.delete(passkeys).where(eq(passkeys.id, row.id)).run();
    if (!hasSecondFactor(tx, userId)) dropRecoveryCodes(tx, userId);
    const audited = { audit: auditContextOf(options.request, signedIn), now };
    audit(audited, 'passkey.removed', { target: { type: 'passkey', id: row.id }, details: { name: row.name } }, tx);
  });
}
