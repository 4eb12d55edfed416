/**
 * The server's scheduled backups: one folder per backup named for its time, taken only when the
 * newest complete one is older than the period, the newest N kept; folders left incomplete are
 * never counted, and a failure is logged without stopping anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '@/server/backup/backup-error';
import { listScheduledBackups, takeBackupIfDue } from '@/server/backup/scheduled-backups';
import { startScheduledBackups } from '@/server/backup/start-scheduled-backups';
import { registerTeam, seedCareTeamWorld, signIn } from '@/tests/support/care-team-world';
import { makeTempFolder, openDataFolder, removeTempFolders, type TestDataFolder } from '@/tests/support/data-folder';
import { storedHashes } from '@/tests/support/file-world';
import { serverKind, startServerProcess } from '@/tests/support/server-process';
import { writePost } from '@/tests/support/timeline-writer';

const day = 86_400_000;
const t0 = new Date('2025-06-01T03:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

let folder: TestDataFolder;
afterEach(() => {
  vi.restoreAllMocks();
  folder.close();
  removeTempFolders();
});

async function folderWithPhotos(): Promise<TestDataFolder> {
  folder = openDataFolder();
  const world = await seedCareTeamWorld(folder.db);
  await signIn(world, 'nurse');
  const patientId = await registerTeam(world);
  for (let index = 0; index < 2; index += 1)
    await writePost(world, { person: 'nurse', patientId, store: folder.store, index, withPhoto: true });
  return folder;
}

const names = async (dir: string) => (await listScheduledBackups(dir)).map((backup) => backup.name);

describe('takeBackupIfDue', () => {
  it('takes a backup when the newest is a period old, names it for its time, and keeps the newest N', async () => {
    const { db, store } = await folderWithPhotos();
    const config = { dir: path.join(makeTempFolder(), 'backups'), everyMs: day, keep: 3 };

    expect((await takeBackupIfDue({ db, store, now: t0 }, config))?.backup.name).toBe('renraku-20250601T030000000Z');
    expect(await takeBackupIfDue({ db, store, now: at(day - 1) }, config)).toBeNull();
    const removed: string[] = [];
    for (let days = 1; days <= 4; days += 1) {
      const taken = await takeBackupIfDue({ db, store, now: at(days * day) }, config);
      expect(taken?.manifest.files.count).toBe((await storedHashes(store)).length);
      removed.push(...(taken?.removed ?? []));
    }
    expect(await names(config.dir)).toEqual(['renraku-20250605T030000000Z', 'renraku-20250604T030000000Z', 'renraku-20250603T030000000Z']);
    expect(removed).toEqual(['renraku-20250601T030000000Z', 'renraku-20250602T030000000Z']);
    expect(fs.readdirSync(config.dir).sort()).toEqual([
      'renraku-20250603T030000000Z',
      'renraku-20250604T030000000Z',
      'renraku-20250605T030000000Z',
    ]);
  });

  it('ignores incomplete folders: never counted as the newest or towards N; what a crash left goes at the next backup', async () => {
    const { db, store } = await folderWithPhotos();
    const config = { dir: path.join(makeTempFolder(), 'backups'), everyMs: day, keep: 1 };
    await takeBackupIfDue({ db, store, now: t0 }, config);
    // A backup killed half-way (its temporary name), and a folder of our name with no manifest in it.
    const crashed = '.renraku-20250601T120000000Z.partial-0123abcd';
    fs.mkdirSync(path.join(config.dir, crashed, 'files'), { recursive: true });
    fs.writeFileSync(path.join(config.dir, crashed, 'renraku.sqlite'), 'half');
    fs.mkdirSync(path.join(config.dir, 'renraku-20250601T180000000Z'));
    expect(await names(config.dir)).toEqual(['renraku-20250601T030000000Z']);

    const taken = await takeBackupIfDue({ db, store, now: at(day) }, config);
    expect(taken?.removed.sort()).toEqual([crashed, 'renraku-20250601T030000000Z']);
    expect(fs.readdirSync(config.dir).sort()).toEqual(['renraku-20250601T180000000Z', 'renraku-20250602T030000000Z']);
  });

  it('leaves no folder of a backup that failed half-way, and prunes nothing', async () => {
    const { db, store } = await folderWithPhotos();
    const config = { dir: path.join(makeTempFolder(), 'backups'), everyMs: day, keep: 1 };
    await takeBackupIfDue({ db, store, now: t0 }, config);
    const [lost] = await storedHashes(store);
    await store.remove(lost ?? '');

    const error = await takeBackupIfDue({ db, store, now: at(day) }, config).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ problem: 'missing', file: store.path(lost ?? '') });
    expect(fs.readdirSync(config.dir)).toEqual(['renraku-20250601T030000000Z']);
  });
});

describe('startScheduledBackups', () => {
  it('is off without a folder', async () => {
    const { db, store } = await folderWithPhotos();
    expect(startScheduledBackups(db, store, { dir: null, everyMs: day, keep: 7 })).toBeNull();
  });

  it('takes the first backup at start and logs it', async () => {
    const { db, store } = await folderWithPhotos();
    const dir = path.join(makeTempFolder(), 'backups');
    const logged = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const stop = startScheduledBackups(db, store, { dir, everyMs: day, keep: 7 });
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^\[backup\] .*renraku-\d{8}T\d{9}Z: \d+ files/)), {
      timeout: 10_000,
    });
    stop?.();
    expect(await names(dir)).toHaveLength(1);
  });

  it('logs a failure and goes on: nothing is thrown into the server', async () => {
    const { db, store } = await folderWithPhotos();
    const notAFolder = path.join(makeTempFolder(), 'a-file');
    fs.writeFileSync(notAFolder, '');
    const failed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stop = startScheduledBackups(db, store, { dir: path.join(notAFolder, 'backups'), everyMs: day, keep: 7 });
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith(expect.stringMatching(/^\[backup\] failed/), expect.anything()), {
      timeout: 10_000,
    });
    stop?.();
  });
});

describe('the server', () => {
  // Only the real server (a Next build) runs the periodic jobs; the handlers-only test server does not.
  it.runIf(serverKind() === 'next')(
    'takes a scheduled backup when it starts on a folder that has none',
    async () => {
      const { dir: dataDir } = await folderWithPhotos();
      folder.close();
      const dir = path.join(makeTempFolder(), 'backups');
      const server = await startServerProcess({
        dataDir,
        env: { RENRAKU_BACKUP_DIR: dir, RENRAKU_BACKUP_EVERY: '1h', RENRAKU_BACKUP_KEEP: '2' },
      });
      try {
        await vi.waitFor(async () => expect(await names(dir)).toHaveLength(1), { timeout: 30_000, interval: 200 });
        expect(server.output()).toMatch(/\[backup\] into .*backups, every 1 h, keeping 2/);
      } finally {
        await server.kill('SIGTERM');
      }
    },
    150_000,
  );
});
