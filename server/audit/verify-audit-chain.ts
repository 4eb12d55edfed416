/**
 * Walks the audit log and recomputes every hash. Reports the first row whose content, or whose
 * link to the row before it, no longer matches: an edit or a removal behind the triggers' back.
 */
import 'server-only';
import { asc, gt } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { auditLog } from '@/server/db/schema';
import { computeAuditHash, genesisHash } from './audit-hash';

export type AuditChainReport =
  { ok: true; rows: number } | { ok: false; rows: number; brokenAtSeq: number; reason: 'contentChanged' | 'linkBroken' };

const pageSize = 1000;

export function verifyAuditChain(db: Db): AuditChainReport {
  let previousHash = genesisHash;
  let lastSeq = 0;
  let rows = 0;
  for (;;) {
    const page = db.select().from(auditLog).where(gt(auditLog.seq, lastSeq)).orderBy(asc(auditLog.seq)).limit(pageSize).all();
    if (page.length === 0) return { ok: true, rows };
    for (const row of page) {
      rows += 1;
      if (row.prevHash !== previousHash) return { ok: false, rows, brokenAtSeq: row.seq, reason: 'linkBroken' };
      const { seq: _seq, hash, ...fields } = row;
      if (computeAuditHash(fields) !== hash) return { ok: false, rows, brokenAtSeq: row.seq, reason: 'contentChanged' };
      previousHash = hash;
      lastSeq = row.seq;
    }
  }
}
