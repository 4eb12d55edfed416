/** How the audit log names the staff account an administrator acted on: its id, and its login ID for the reader. */
import 'server-only';
import type { AuditFields } from '@/server/audit/audit';

export function auditedAccount(account: { id: string; loginId: string }, details: Record<string, unknown> = {}): AuditFields {
  return { target: { type: 'user', id: account.id }, details: { loginId: account.loginId, ...details } };
}
