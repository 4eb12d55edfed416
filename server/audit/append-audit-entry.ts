/**
 * Appends entries to the hash-chained audit log, stamped with the server's clock. Services write
 * through `audit` (./audit.ts), inside the transaction of their change.
 */
import 'server-only';
import { desc, getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteInsertValue } from 'drizzle-orm/sqlite-core';
import type { DbExecutor } from '@/server/db/client';
import { auditLog } from '@/server/db/schema';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { computeAuditHash, genesisHash, type HashedFields } from './audit-hash';

export interface AuditActor {
  userId: string;
  loginId: string;
  facilityId: string;
  regionId: string;
}

export interface AuditRequestMeta {
  ip: string | null;
  userAgent: string | null;
  sessionId?: string | null;
  deviceId?: string | null;
  clientAt?: number | null;
}

export interface AuditEntry {
  action: AuditAction;
  outcome?: 'success' | 'failure';
  actor?: AuditActor | null;
  /** For attempts by someone not signed in, e.g. a failed sign-in. */
  actorLoginId?: string;
  /** The region an entry without an actor belongs to (e.g. an application from the public portal), so its administrator sees it. */
  regionId?: string | null;
  patientId?: string | null;
  target?: { type: string; id: string } | null;
  request?: AuditRequestMeta;
  details?: Record<string, unknown>;
}

export function appendAuditEntry(db: DbExecutor, entry: AuditEntry, now: number = Date.now()): number {
  return appendAuditEntries(db, [entry], now)[0] ?? 0;
}

/** Every column an entry writes (all but the sequence the database gives it), as a placeholder of its own name. */
const placeholders = Object.fromEntries(
  Object.keys(getTableColumns(auditLog))
    .filter((column) => column !== 'seq')
    .map((column) => [column, sql.placeholder(column)]),
) as SQLiteInsertValue<typeof auditLog>;

/**
 * Appends several entries in one transaction, or in the caller's (a savepoint): one read of the
 * chain's head, and one prepared insert for them all (a pull audits each of up to 50 patients).
 */
export function appendAuditEntries(db: DbExecutor, entries: AuditEntry[], now: number = Date.now()): number[] {
  if (entries.length === 0) return [];
  return db.transaction((tx) => {
    let prevHash = tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get()?.hash ?? genesisHash;
    const insert = tx.insert(auditLog).values(placeholders).returning({ seq: auditLog.seq }).prepare();
    return entries.map((entry) => {
      const fields: HashedFields = {
        at: now,
        clientAt: entry.request?.clientAt ?? null,
        action: entry.action,
        outcome: entry.outcome ?? 'success',
        actorUserId: entry.actor?.userId ?? null,
        actorLoginId: entry.actor?.loginId ?? entry.actorLoginId ?? null,
        facilityId: entry.actor?.facilityId ?? null,
        regionId: entry.actor?.regionId ?? entry.regionId ?? null,
        patientId: entry.patientId ?? null,
        targetType: entry.target?.type ?? null,
        targetId: entry.target?.id ?? null,
        sessionId: entry.request?.sessionId ?? null,
        deviceId: entry.request?.deviceId ?? null,
        ip: entry.request?.ip ?? null,
        userAgent: entry.request?.userAgent?.slice(0, 512) ?? null,
        details: entry.details ? JSON.stringify(entry.details) : null,
        prevHash,
      };
      const hash = computeAuditHash(fields);
      prevHash = hash;
      const inserted = insert.get({ ...fields, hash }) as { seq: number } | undefined;
      if (!inserted) throw new Error('The audit log returned no sequence for an appended entry.');
      return inserted.seq;
    });
  });
}
