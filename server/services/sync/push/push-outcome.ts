/** What became of one pushed document. */
import type { PushRefusalReason } from '@/lib/sync/push';

export type PushOutcome<Doc> =
  /** Taken, or already there. `master` is the server's resulting state. */
  | { kind: 'applied' | 'unchanged'; patientId: string; master: Doc }
  /** Not taken; the device's copy is replaced by the server's. */
  | { kind: 'conflict'; master: Doc; patientId: string }
  /** Not taken, and there is no server copy to offer (e.g. a new post for a team the user is not on). */
  | { kind: 'refused'; reason: PushRefusalReason; patientId?: string };

/**
 * Whether the device already holds exactly the server's state. When it does not — a new post the
 * server stamped, an edit merged over a newer version, a retried push whose first answer was
 * lost — the server's state goes back as a conflict, so the device adopts it at once.
 */
export function deviceHoldsMaster(master: object, pushed: Record<string, unknown>): boolean {
  return Object.entries(master).every(([key, value]) => JSON.stringify(value) === JSON.stringify(pushed[key]));
}
