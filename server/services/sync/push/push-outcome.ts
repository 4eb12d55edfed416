/** What became of one pushed document. */
import type { AuditAction } from '@/lib/domain/audit-actions';
import type { PushRefusalReason } from '@/lib/sync/push';
import type { TimelineChange } from '@/server/push/queue-push';

/** What else the change must leave in the audit log, with the push's own entry (a form finalised, say). */
export interface PushAuditEvent {
  action: AuditAction;
  details: Record<string, string | number | null>;
}

export type PushOutcome<Doc> =
  /** Taken, or already there. `master` is the server's resulting state; `notify`: a new post or comment others may be told of. */
  | { kind: 'applied' | 'unchanged'; patientId: string; master: Doc; audit?: PushAuditEvent; notify?: TimelineChange }
  /** Not taken; the device's copy is replaced by the server's. */
  | { kind: 'conflict'; master: Doc; patientId: string }
  /**
   * Not taken, and the device keeps what the user wrote with the reason: a new post for a team the
   * user is not on, or a change they may no longer make — then `master` is the server's state,
   * which the device shows in place of the change.
   */
  | { kind: 'refused'; reason: PushRefusalReason; patientId?: string; master?: Doc };

/**
 * Whether the device already holds exactly the server's state. When it does not — a new post the
 * server stamped, an edit merged over a newer version, a retried push whose first answer was
 * lost — the server's state goes back as a conflict, so the device adopts it at once.
 */
export function deviceHoldsMaster(master: object, pushed: Record<string, unknown>): boolean {
  return Object.entries(master).every(([key, value]) => JSON.stringify(value) === JSON.stringify(pushed[key]));
}
