import migrationJournal from '@/drizzle/meta/_journal.json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDatabaseMode, setDatabaseMode } from '@/server/db/meta';
import { openDatabase } from '@/server/db/client';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';

let test: TestDatabase;
beforeAll(() => {
  test = openTestDatabase();
});
afterAll(() => test.close());

describe('openDatabase', () => {
  it('turns on WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const pragma = (name: string) => test.db.$client.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2);
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('busy_timeout')).toBe(5000);
  });

  it('enforces foreign keys', () => {
    expect(() =>
      test.db.$client.prepare("INSERT INTO facilities (id, region_id, name, kind) VALUES ('f', 'no-such-region', 'x', 'clinic')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('applies the migrations once, however often the file is opened', () => {
    const again = openDatabase(test.file);
    const count = again.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(count.n).toBe(migrationJournal.entries.length);
    again.$client.close();
  });
});

describe('write transactions', () => {
  // Two connections to one file, as the server and the admin command have.
  const otherWriter = () => {
    const other = openDatabase(test.file);
    other.$client.pragma('busy_timeout = 50');
    return other;
  };
  const lastAuditSeq = (db: typeof test.db) =>
    (db.$client.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number | null }).seq;

  it('hold the write lock from their start, so a read-then-write is never broken by another connection', () => {
    const other = otherWriter();
    try {
      const seq = test.db.transaction(() => {
        lastAuditSeq(test.db);
        expect(() => appendAuditEntry(other, { action: 'auth.signInFailed', actorLoginId: 'someone else' })).toThrow(/locked|busy/i);
        return appendAuditEntry(test.db, { action: 'auth.signInFailed', actorLoginId: 'someone' });
      });
      expect(lastAuditSeq(other)).toBe(seq);
    } finally {
      other.$client.close();
    }
  });

  it('would fail at once when deferred, which is why they are not', () => {
    const other = otherWriter();
    try {
      expect(() =>
        test.db.transaction(
          () => {
            lastAuditSeq(test.db);
            appendAuditEntry(other, { action: 'auth.signInFailed', actorLoginId: 'someone else' });
            appendAuditEntry(test.db, { action: 'auth.signInFailed', actorLoginId: 'someone' });
          },
          { behavior: 'deferred' },
        ),
      ).toThrow(/locked|busy/i);
    } finally {
      other.$client.close();
    }
  });
});

describe('database mode', () => {
  it('is unset in a new database, then what was set last', () => {
    expect(findDatabaseMode(test.db)).toBeNull();
    setDatabaseMode(test.db, 'production');
    expect(findDatabaseMode(test.db)).toBe('production');
    setDatabaseMode(test.db, 'demo');
    expect(findDatabaseMode(test.db)).toBe('demo');
  });
});
