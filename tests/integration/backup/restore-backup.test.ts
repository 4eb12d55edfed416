/**
 * What a restore refuses, and that a refusal changes nothing: a damaged backup (a flipped byte, a
 * missing file, a truncated database, no manifest, an audit chain broken before the backup) is
 * named; a folder that holds data needs --force and is then kept beside the restored one; a folder
 * a process has open is never replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '@/server/backup/backup-error';
import { readManifest } from '@/server/backup/backup-manifest';
import { createBackup } from '@/server/backup/create-backup';
import { restoreBackup } from '@/server/backup/restore-backup';
import { databasePath, openDatabase } from '@/server/db/client';
import { posts } from '@/server/db/schema';
import { loadVapidKeys, vapidFileName } from '@/server/push/vapid-keys';
import { registerTeam, seedCareTeamWorld, signIn } from '@/tests/support/care-team-world';
import { folderDigest, makeTempFolder, openDataFolder, removeTempFolders } from '@/tests/support/data-folder';
import { writePost } from '@/tests/support/timeline-writer';

/** One backup of a small care team with photos, copied afresh for each test to damage. */
let pristine: string;
let postCount: number;
/** The web push keys the backed-up folder held. */
let vapidKeys: string;
beforeAll(async () => {
  const folder = openDataFolder();
  const world = await seedCareTeamWorld(folder.db);
  await signIn(world, 'nurse');
  const patientId = await registerTeam(world);
  for (let index = 0; index < 3; index += 1)
    await writePost(world, { person: 'nurse', patientId, store: folder.store, index, withPhoto: true });
  postCount = folder.db.select().from(posts).all().length;
  loadVapidKeys({ dataDir: folder.dir, push: { vapidPublicKey: null, vapidPrivateKey: null, subject: 'mailto:ops@example.jp' } });
  vapidKeys = fs.readFileSync(path.join(folder.dir, vapidFileName), 'utf8');
  // Not a makeTempFolder(): those go after each test.
  pristine = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-pristine-')), 'backup');
  await createBackup({ db: folder.db, store: folder.store, to: pristine });
  folder.close();
}, 60_000);

afterEach(() => removeTempFolders());
afterAll(() => fs.rmSync(path.dirname(pristine), { recursive: true, force: true }));

function copyOfBackup(): string {
  const copy = path.join(makeTempFolder(), 'backup');
  fs.cpSync(pristine, copy, { recursive: true });
  return copy;
}

/** A data folder that already holds a database of its own (and a file), closed. */
function occupiedDataDir(): { dir: string; digest: string } {
  const folder = openDataFolder();
  folder.db.$client.exec('CREATE TABLE kept_as_it_was (x)');
  fs.writeFileSync(path.join(folder.dir, 'notes.txt'), 'the operator’s own file');
  folder.close();
  return { dir: folder.dir, digest: folderDigest(folder.dir) };
}

async function refusal(call: Promise<unknown>): Promise<BackupError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'expected the restore to be refused').toBeInstanceOf(BackupError);
  return error as BackupError;
}

/** Nothing under the target's name, and nothing left beside it. */
function expectNothingRestored(dataDir: string): void {
  expect(fs.existsSync(dataDir)).toBe(false);
  expect(fs.readdirSync(path.dirname(dataDir))).toEqual([]);
}

async function firstStoredFile(backup: string): Promise<string> {
  const file = (await readManifest(backup)).checksums.find((entry) => entry.path.startsWith('files/'));
  if (!file) throw new Error('the backup has no stored files');
  return file.path;
}

describe('restoring a damaged backup', () => {
  it('names a stored file with one flipped byte, and changes nothing, even with --force', async () => {
    const backup = copyOfBackup();
    const damaged = await firstStoredFile(backup);
    const bytes = fs.readFileSync(path.join(backup, damaged));
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8((bytes.readUInt8(middle) ^ 0x01) & 0xff, middle);
    fs.writeFileSync(path.join(backup, damaged), bytes);

    const occupied = occupiedDataDir();
    const error = await refusal(restoreBackup({ from: backup, dataDir: occupied.dir, force: true }));
    expect(error).toMatchObject({ file: damaged, problem: 'damaged' });
    expect(error.message).toContain(damaged);
    expect(folderDigest(occupied.dir)).toBe(occupied.digest);
    expect(fs.readdirSync(path.dirname(occupied.dir))).toEqual(['data']);

    const fresh = path.join(makeTempFolder(), 'data');
    await refusal(restoreBackup({ from: backup, dataDir: fresh }));
    expectNothingRestored(fresh);
  });

  it('names the web push keys when their copy was altered', async () => {
    const backup = copyOfBackup();
    expect((await readManifest(backup)).checksums.map((file) => file.path)).toContain(vapidFileName);
    fs.writeFileSync(path.join(backup, vapidFileName), `${vapidKeys.slice(0, -2)}x${vapidKeys.slice(-1)}`);
    const fresh = path.join(makeTempFolder(), 'data');
    expect(await refusal(restoreBackup({ from: backup, dataDir: fresh }))).toMatchObject({ file: vapidFileName, problem: 'damaged' });
    expectNothingRestored(fresh);
  });

  it('names a missing stored file', async () => {
    const backup = copyOfBackup();
    const missing = await firstStoredFile(backup);
    fs.rmSync(path.join(backup, missing));
    const fresh = path.join(makeTempFolder(), 'data');
    expect(await refusal(restoreBackup({ from: backup, dataDir: fresh }))).toMatchObject({ file: missing, problem: 'missing' });
    expectNothingRestored(fresh);
  });

  it('names a truncated database', async () => {
    const backup = copyOfBackup();
    const database = path.join(backup, 'renraku.sqlite');
    fs.truncateSync(database, fs.statSync(database).size - 4096);
    const occupied = occupiedDataDir();
    const error = await refusal(restoreBackup({ from: backup, dataDir: occupied.dir, force: true }));
    expect(error).toMatchObject({ file: 'renraku.sqlite', problem: 'damaged' });
    expect(folderDigest(occupied.dir)).toBe(occupied.digest);
  });

  it('names the manifest when it is missing or not a manifest (a backup that never finished)', async () => {
    const backup = copyOfBackup();
    fs.writeFileSync(path.join(backup, 'manifest.json'), '{"format":"renraku-backup",');
    const fresh = path.join(makeTempFolder(), 'data');
    expect(await refusal(restoreBackup({ from: backup, dataDir: fresh }))).toMatchObject({ file: 'manifest.json', problem: 'damaged' });
    fs.rmSync(path.join(backup, 'manifest.json'));
    expect(await refusal(restoreBackup({ from: backup, dataDir: fresh }))).toMatchObject({ file: 'manifest.json', problem: 'missing' });
    expectNothingRestored(fresh);
  });

  it('refuses a backup whose audit log was altered before it was taken, though its checksums hold', async () => {
    const folder = openDataFolder();
    const world = await seedCareTeamWorld(folder.db);
    await signIn(world, 'nurse');
    folder.db.$client.exec('DROP TRIGGER audit_log_no_update');
    folder.db.$client.exec(`UPDATE audit_log SET ip = '203.0.113.9' WHERE seq = (SELECT min(seq) FROM audit_log)`);
    const backup = path.join(makeTempFolder(), 'backup');
    await createBackup({ db: folder.db, store: folder.store, to: backup });
    folder.close();

    const occupied = occupiedDataDir();
    const error = await refusal(restoreBackup({ from: backup, dataDir: occupied.dir, force: true }));
    expect(error).toMatchObject({ file: 'renraku.sqlite', problem: 'auditChainBroken' });
    expect(error.message).toMatch(/audit log is broken at entry \d+ \(contentChanged\)/);
    expect(folderDigest(occupied.dir)).toBe(occupied.digest);
    expect(fs.readdirSync(path.dirname(occupied.dir))).toEqual(['data']);
  });
});

describe('restoring over a data folder', () => {
  it('restores into a folder that does not exist, or is empty, without --force', async () => {
    for (const dataDir of [path.join(makeTempFolder(), 'data'), makeTempFolder()]) {
      const report = await restoreBackup({ from: pristine, dataDir });
      expect(report.previous).toBeNull();
      const db = openDatabase(databasePath(dataDir));
      expect(db.select().from(posts).all()).toHaveLength(postCount);
      db.$client.close();
      expect(fs.readFileSync(path.join(dataDir, vapidFileName), 'utf8')).toBe(vapidKeys);
    }
  });

  it('refuses a folder that holds data without --force, and changes nothing', async () => {
    const occupied = occupiedDataDir();
    const error = await refusal(restoreBackup({ from: pristine, dataDir: occupied.dir }));
    expect(error).toMatchObject({ file: occupied.dir, problem: 'notEmpty' });
    expect(error.message).toMatch(/--force/);
    expect(folderDigest(occupied.dir)).toBe(occupied.digest);
    expect(fs.readdirSync(path.dirname(occupied.dir))).toEqual(['data']);
  });

  it('with --force, restores and keeps the folder that was there beside it, unchanged', async () => {
    const occupied = occupiedDataDir();
    const now = new Date('2025-06-01T03:00:00.000Z');
    const report = await restoreBackup({ from: pristine, dataDir: occupied.dir, force: true, now });
    expect(report.previous).toBe(`${occupied.dir}.before-restore-20250601T030000000Z`);
    expect(folderDigest(report.previous ?? '')).toBe(occupied.digest);
    expect(fs.readdirSync(path.dirname(occupied.dir)).sort()).toEqual(['data', 'data.before-restore-20250601T030000000Z']);
    expect(fs.readdirSync(occupied.dir).sort()).toEqual(['files', vapidFileName, 'renraku.sqlite']);
    const db = openDatabase(databasePath(occupied.dir));
    expect(db.select().from(posts).all()).toHaveLength(postCount);
    db.$client.close();
  });

  it('never replaces a folder whose database a process has open, even with --force', async () => {
    const occupied = occupiedDataDir();
    const inThisProcess = openDatabase(databasePath(occupied.dir));
    let digest = folderDigest(occupied.dir);
    const error = await refusal(restoreBackup({ from: pristine, dataDir: occupied.dir, force: true }));
    expect(error).toMatchObject({ file: occupied.dir, problem: 'inUse' });
    expect(error.message).toMatch(/a server is running on/);
    expect(folderDigest(occupied.dir)).toBe(digest);
    inThisProcess.$client.close();

    const holder = await holdOpen(databasePath(occupied.dir));
    try {
      digest = folderDigest(occupied.dir);
      expect(await refusal(restoreBackup({ from: pristine, dataDir: occupied.dir, force: true }))).toMatchObject({ problem: 'inUse' });
      expect(folderDigest(occupied.dir)).toBe(digest);
    } finally {
      await stop(holder);
    }
    expect(fs.readdirSync(path.dirname(occupied.dir))).toEqual(['data']);
    // Once the process is gone — even killed, leaving no pid file or lock to clear — the restore goes ahead.
    expect((await restoreBackup({ from: pristine, dataDir: occupied.dir, force: true })).previous).not.toBeNull();
  });
});

/** Another process with the database open, as a server has it, until SIGKILL. */
function holdOpen(file: string): Promise<ChildProcess> {
  const script = `const Sqlite = require('better-sqlite3'); const db = new Sqlite(${JSON.stringify(file)});
    db.pragma('journal_mode = WAL'); db.prepare('SELECT count(*) FROM sqlite_schema').get(); console.log('open'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the holder exited (${code})`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
