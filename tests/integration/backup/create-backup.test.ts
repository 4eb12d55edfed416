/**
 * An online backup taken while posts and photos keep arriving: everything acknowledged before the
 * database copy finished is in it, nothing in it is half there, and it restores into a fresh folder
 * whose audit chain verifies.
 */
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { createBackup } from '@/server/backup/create-backup';
import { restoreBackup } from '@/server/backup/restore-backup';
import { databasePath, openDatabase, type Db } from '@/server/db/client';
import { attachments, posts } from '@/server/db/schema';
import { registerTeam, seedCareTeamWorld, signIn, type CareTeamWorld, type Person } from '@/tests/support/care-team-world';
import { makeTempFolder, openDataFolder, removeTempFolders, type TestDataFolder } from '@/tests/support/data-folder';
import { runAdmin } from '@/tests/support/admin-process';
import { writePost, type Written } from '@/tests/support/timeline-writer';

const open: Array<{ close(): void }> = [];
afterEach(() => {
  for (const handle of open.splice(0)) handle.close();
  removeTempFolders();
});

async function careTeamFolder(): Promise<{ folder: TestDataFolder; world: CareTeamWorld; patientId: string }> {
  const folder = openDataFolder();
  open.push(folder);
  const world = await seedCareTeamWorld(folder.db);
  await signIn(world, 'nurse', 'doctor');
  return { folder, world, patientId: await registerTeam(world, ['doctor']) };
}

const writer = (index: number): Person => (index % 2 === 0 ? 'nurse' : 'doctor');

function openRestored(dataDir: string): Db {
  const db = openDatabase(databasePath(dataDir));
  open.push({ close: () => db.$client.close() });
  return db;
}

/** Each post once, with its text; each photo's record, its files checked by the restore itself. */
function expectWritten(db: Db, written: Written[]): void {
  const ids = written.map(({ post }) => post.id);
  const rows = db.select({ id: posts.id, body: posts.body }).from(posts).where(inArray(posts.id, ids)).all();
  expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
  for (const { post } of written) expect(rows.find((row) => row.id === post.id)?.body).toBe(post.body);
  const photoIds = written.flatMap(({ attachment }) => (attachment ? [attachment.id] : []));
  const stored = db.select({ id: attachments.id }).from(attachments).where(inArray(attachments.id, photoIds)).all();
  expect(stored.map((row) => row.id).sort()).toEqual([...photoIds].sort());
}

/** The writes of one sequential writer that reached a snapshot are a prefix of what it wrote. */
function expectPrefix(db: Db, sequence: Written[]): number {
  const ids = new Set(
    db
      .select({ id: posts.id })
      .from(posts)
      .where(
        inArray(
          posts.id,
          sequence.map(({ post }) => post.id),
        ),
      )
      .all()
      .map((row) => row.id),
  );
  const present = sequence.map(({ post }) => ids.has(post.id));
  const count = present.filter(Boolean).length;
  expect(present).toEqual(sequence.map((_, index) => index < count));
  return count;
}

describe('createBackup while the server writes', () => {
  it('holds every post and photo acknowledged between its pages, and restores into a fresh folder whose audit chain verifies', async () => {
    const { folder, world, patientId } = await careTeamFolder();
    for (let index = 0; index < 6; index += 1) {
      await writePost(world, { person: writer(index), patientId, store: folder.store, index, withPhoto: index % 2 === 0 });
    }

    // Between pages of the copy, one write at a time, each acknowledged before the copy goes on.
    const interleaved: Written[] = [];
    const failures: unknown[] = [];
    let pending: Promise<void> | null = null;
    let steps = 0;
    let next = 100;
    const onDatabaseStep = () => {
      steps += 1;
      if (pending) return 0;
      if (next < 124) {
        const index = next++;
        pending = writePost(world, { person: writer(index), patientId, store: folder.store, index, withPhoto: index % 3 === 0 })
          .then(
            (written) => void interleaved.push(written),
            (error: unknown) => void failures.push(error),
          )
          .finally(() => (pending = null));
      }
      return 2;
    };

    // And a writer of its own the whole time, through the copying of files too.
    const background: Written[] = [];
    let backingUp = true;
    const backgroundWriter = (async () => {
      for (let index = 1000; backingUp; index += 1) {
        background.push(await writePost(world, { person: 'nurse', patientId, store: folder.store, index, withPhoto: index % 2 === 0 }));
      }
    })();

    const to = path.join(makeTempFolder(), 'backup');
    const manifest = await createBackup({ db: folder.db, store: folder.store, to, pagesPerStep: 2, onDatabaseStep });
    backingUp = false;
    await backgroundWriter;
    await pending;
    expect(failures).toEqual([]);
    expect(interleaved).toHaveLength(24);
    expect(steps).toBeGreaterThan(24);
    expect(background.length).toBeGreaterThan(0);

    const dataDir = path.join(makeTempFolder(), 'restored');
    const report = await restoreBackup({ from: to, dataDir });
    expect(report.previous).toBeNull();
    expect(report.files.problems).toEqual([]);
    expect(report.files.checked).toBe(manifest.files.count);
    expect(report.auditEntries).toBe(manifest.rows.audit_log);

    const restored = openRestored(dataDir);
    expectWritten(restored, interleaved);
    expectPrefix(restored, background);
    expect(restored.select().from(posts).all()).toHaveLength(manifest.rows.posts ?? -1);
    expect(verifyAuditChain(restored).ok).toBe(true);
    // The live database went on and verifies too.
    expect(verifyAuditChain(folder.db).ok).toBe(true);
  }, 120_000);
});

describe('npm run admin -- backup, in a process of its own', () => {
  it('copies a consistent snapshot while this process keeps writing, and restores through the CLI', async () => {
    const { folder, world, patientId } = await careTeamFolder();
    const before: Written[] = [];
    for (let index = 0; index < 4; index += 1) {
      before.push(await writePost(world, { person: writer(index), patientId, store: folder.store, index, withPhoto: true }));
    }

    const to = path.join(makeTempFolder(), 'backup');
    const backingUp = runAdmin(['backup', '--to', to], { dataDir: folder.dir });
    let done = false;
    void backingUp.finally(() => (done = true));
    const during: Written[] = [];
    for (let index = 100; !done; index += 1) {
      during.push(await writePost(world, { person: writer(index), patientId, store: folder.store, index, withPhoto: index % 2 === 0 }));
    }
    const backup = await backingUp;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up .* into .*backup in [\d.]+ s:/);
    expect(during.length).toBeGreaterThan(0);

    const dataDir = path.join(makeTempFolder(), 'restored');
    const restore = await runAdmin(['restore', '--from', to], { dataDir });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/audit log intact: \d+ entries/);
    expect(restore.stdout).toMatch(/files: all \d+ that attachments refer to present, with the right SHA-256/);

    const restored = openRestored(dataDir);
    expectWritten(restored, before);
    expectPrefix(restored, during);
    expect(verifyAuditChain(restored).ok).toBe(true);
  }, 120_000);
});
