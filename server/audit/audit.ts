/**
 * The one way a service writes to the audit log. Who acts and through which request come from the
 * service's options, the time from its clock; `tx` is the transaction that makes the change, so
 * the entry commits with it or not at all (a crash never leaves one without the other). An entry
 * that records no change — a refusal, a reading — passes the database itself.
 */
import 'server-only';
import type { AuditAction } from '@/lib/domain/audit-actions';
import type { DbExecutor } from '@/server/db/client';
import { appendAuditEntries, type AuditActor, type AuditEntry, type AuditRequestMeta } from './append-audit-entry';
import type { AuditContext } from './audit-context';

export interface Audited {
  audit: AuditContext;
  now?: Date;
}

export type AuditFields = Omit<AuditEntry, 'action' | 'actor' | 'request'> & {
  /** Who acted, where the options do not say (a sign-in, before anyone is signed in). */
  actor?: AuditActor | null;
  /** What the options do not know of the request yet (the session a sign-in has just begun). */
  request?: Partial<AuditRequestMeta>;
};

export function audit(options: Audited, action: AuditAction, fields: AuditFields, tx: DbExecutor): void {
  auditEach(options, action, [fields], tx);
}

/** One entry per item of `each` (a pull's patients), appended together: one read of the chain, one prepared insert. */
export function auditEach(options: Audited, action: AuditAction, each: AuditFields[], tx: DbExecutor): void {
  appendAuditEntries(
    tx,
    each.map(({ actor = options.audit.actor, request, ...rest }) => ({
      ...rest,
      action,
      actor,
      request: { ...options.audit.request, ...request },
    })),
    (options.now ?? new Date()).getTime(),
  );
}
