/** Renaming and removing one's own passkeys; the last factor stays while the policy requires one. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { passkeys } from '@/server/db/schema';
import { dropRecoveryCodes } from './recovery-code-set';
import { hasSecondFactor, hasTotp, countPasskeys, policyRequiresSecondFactor } from './second-factor-due';
import { auditRequestOf } from './second-factor-step';
import { auditActorOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

function ownPasskey(db: AuthServiceOptions['db'], signedIn: SignedIn, id: string) {
  const row = db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.id, id), eq(passkeys.userId, signedIn.user.id)))
    .get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function renamePasskey(options: AuthServiceOptions, signedIn: SignedIn, input: { id: string; name: string }): void {
  const { db, now = new Date() } = options;
  const row = ownPasskey(db, signedIn, input.id);
  db.update(passkeys).set({ name: input.name }).where(eq(passkeys.id, row.id)).run();
  appendAuditEntry(
    db,
    {
      action: 'passkey.renamed',
      actor: auditActorOf(signedIn.user),
      target: { type: 'passkey', id: row.id },
      request: auditRequestOf(options, signedIn),
      details: { from: row.name, to: input.name },
    },
    now.getTime(),
  );
}

export function removePasskey(options: AuthServiceOptions, signedIn: SignedIn, input: { id: string }): void {
  const { db, now = new Date() } = options;
  const row = ownPasskey(db, signedIn, input.id);
  const userId = signedIn.user.id;
  db.transaction((tx) => {
    const last = !hasTotp(tx, userId) && countPasskeys(tx, userId) === 1;
    if (last && policyRequiresSecondFactor(signedIn.user)) throw new AppError('SECOND_FACTOR_LAST');
    tx.delete(passkeys).where(eq(passkeys.id, row.id)).run();
    if (!hasSecondFactor(tx, userId)) dropRecoveryCodes(tx, userId);
  });
  appendAuditEntry(
    db,
    {
      action: 'passkey.removed',
      actor: auditActorOf(signedIn.user),
      target: { type: 'passkey', id: row.id },
      request: auditRequestOf(options, signedIn),
      details: { name: row.name },
    },
    now.getTime(),
  );
}
