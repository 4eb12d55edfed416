import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendAuditEntries, appendAuditEntry } from '@/server/audit/append-audit-entry';
import { computeAuditHash, genesisHash } from '@/server/audit/audit-hash';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import type { Db } from '@/server/db/client';
import { auditLog } from '@/server/db/schema';
import { openTestDatabase } from '@/tests/support/test-database';

let db: Db;
let seqs: number[];
beforeEach(() => {
  const test = openTestDatabase();
  db = test.db;
  const request = { ip: '192.0.2.1', userAgent: 'vitest' };
  seqs = [
    appendAuditEntry(
      db,
      { action: 'auth.signInFailed', outcome: 'failure', actorLoginId: 'nurse-sato', request, details: { reason: 'invalidCredentials' } },
      1000,
    ),
    appendAuditEntry(db, { action: 'auth.signIn', actorLoginId: 'nurse-sato', request: { ...request, sessionId: 's1' } }, 2000),
    appendAuditEntry(db, { action: 'auth.signOut', actorLoginId: 'nurse-sato', request, details: { endedSessions: 1 } }, 3000),
  ];
  return test.close;
});

const dropTriggers = () => db.$client.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

describe('appendAuditEntry', () => {
  it('chains each row to the one before, starting from the genesis hash', () => {
    const rows = db.select().from(auditLog).orderBy(asc(auditLog.seq)).all();
    expect(rows.map((row) => row.seq)).toEqual(seqs);
    expect(rows[0]?.prevHash).toBe(genesisHash);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(rows[2]?.prevHash).toBe(rows[1]?.hash);
    for (const { seq: _seq, hash, ...fields } of rows) expect(hash).toBe(computeAuditHash(fields));
    expect(rows[0]).toMatchObject({
      at: 1000,
      action: 'auth.signInFailed',
      outcome: 'failure',
      ip: '192.0.2.1',
      details: '{"reason":"invalidCredentials"}',
    });
  });
  it('appends many entries in one call in order, each chained to the one before and hashed as a single append would be', () => {
    const patients = Array.from({ length: 450 }, (_, index) => `patient-${index}`);
    const appended = appendAuditEntries(
      db,
      patients.map((patientId, index) => ({ action: 'sync.pulled', patientId, details: { collection: 'posts', count: index + 1 } })),
      4000,
    );
    expect(appended).toHaveLength(450);
    expect(appended).toEqual(appended.map((_, index) => (seqs.at(-1) ?? 0) + 1 + index));
    const rows = db.select().from(auditLog).orderBy(asc(auditLog.seq)).all().slice(3);
    expect(rows.map((row) => row.seq)).toEqual(appended);
    expect(rows.map((row) => row.patientId)).toEqual(patients);
    expect(rows[0]?.prevHash).toBe(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.seq, seqs[2] ?? 0))
        .get()?.hash,
    );
    rows.forEach(({ seq: _seq, hash, ...fields }, index) => {
      if (index > 0) expect(fields.prevHash).toBe(rows[index - 1]?.hash);
      expect(hash).toBe(computeAuditHash(fields));
      expect(fields).toMatchObject({
        at: 4000,
        action: 'sync.pulled',
        outcome: 'success',
        details: `{"collection":"posts","count":${index + 1}}`,
      });
    });
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 453 });
  });
});

describe('verifyAuditChain', () => {
  it('reports an intact chain', () => {
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 3 });
  });

  it('reports an empty log as intact', () => {
    const empty = openTestDatabase();
    expect(verifyAuditChain(empty.db)).toEqual({ ok: true, rows: 0 });
    empty.close();
  });

  it('is protected by triggers that refuse UPDATE and DELETE', () => {
    expect(() =>
      db
        .update(auditLog)
        .set({ details: '{}' })
        .where(eq(auditLog.seq, seqs[1] ?? 0))
        .run(),
    ).toThrow(/append-only/);
    expect(() =>
      db
        .delete(auditLog)
        .where(eq(auditLog.seq, seqs[1] ?? 0))
        .run(),
    ).toThrow(/append-only/);
    expect(() => db.$client.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 3 });
  });

  it('finds content changed behind the triggers’ back', () => {
    dropTriggers();
    db.$client.prepare('UPDATE audit_log SET details = ? WHERE seq = ?').run('{"reason":"nothing to see"}', seqs[0]);
    expect(verifyAuditChain(db)).toEqual({ ok: false, rows: 1, brokenAtSeq: seqs[0], reason: 'contentChanged' });
  });

  it('finds a row whose hash was recomputed, by the broken link after it', () => {
    dropTriggers();
    const row = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.seq, seqs[1] ?? 0))
      .get();
    if (!row) throw new Error('missing row');
    const { seq: _seq, hash: _hash, ...fields } = row;
    const forged = { ...fields, ip: '198.51.100.1' };
    db.update(auditLog)
      .set({ ip: forged.ip, hash: computeAuditHash(forged) })
      .where(eq(auditLog.seq, row.seq))
      .run();
    expect(verifyAuditChain(db)).toEqual({ ok: false, rows: 3, brokenAtSeq: seqs[2], reason: 'linkBroken' });
  });

  it('finds a deleted middle row as a broken link', () => {
    dropTriggers();
    db.$client.prepare('DELETE FROM audit_log WHERE seq = ?').run(seqs[1]);
    expect(verifyAuditChain(db)).toEqual({ ok: false, rows: 2, brokenAtSeq: seqs[2], reason: 'linkBroken' });
  });
});
