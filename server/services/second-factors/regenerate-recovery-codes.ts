/** A new set of recovery codes; the old set stops working at once. */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { replaceRecoveryCodes } from './recovery-code-set';
import { hasSecondFactor } from './second-factor-due';
import { auditRequestOf } from './second-factor-step';
import { auditActorOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export function regenerateRecoveryCodes(options: AuthServiceOptions, signedIn: SignedIn): { recoveryCodes: string[] } {
  const { db, now = new Date() } = options;
  const recoveryCodes = db.transaction((tx) => {
    // Codes stand in for a factor; without one there is nothing for them to recover.
    if (!hasSecondFactor(tx, signedIn.user.id)) throw new AppError('CONFLICT', { reason: 'noSecondFactor' });
    return replaceRecoveryCodes(tx, signedIn.user.id, now);
  });
  appendAuditEntry(
    db,
    {
      action: 'recoveryCodes.generated',
      actor: auditActorOf(signedIn.user),
      request: auditRequestOf(options, signedIn),
      details: { count: recoveryCodes.length },
    },
    now.getTime(),
  );
  return { recoveryCodes };
}
