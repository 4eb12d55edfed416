/** How an audit row's hash is computed: SHA-256 over the previous hash and the row's content. */
import 'server-only';
import { createHash } from 'node:crypto';
import type { auditLog } from '@/server/db/schema';

export const genesisHash = '0'.repeat(64);

type AuditRow = typeof auditLog.$inferSelect;
export type HashedFields = Omit<AuditRow, 'seq' | 'hash'>;

export function computeAuditHash(row: HashedFields): string {
  // A fixed field order, so the same row always serialises to the same bytes.
  const content = JSON.stringify([
    row.at,
    row.clientAt,
    row.action,
    row.outcome,
    row.actorUserId,
    row.actorLoginId,
    row.facilityId,
    row.regionId,
    row.patientId,
    row.targetType,
    row.targetId,
    row.sessionId,
    row.deviceId,
    row.ip,
    row.userAgent,
    row.details,
  ]);
  return createHash('sha256').update(row.prevHash).update('\n').update(content).digest('hex');
}
