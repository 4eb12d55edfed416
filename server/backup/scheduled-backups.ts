/**
 * The server's own backups: one folder per backup in RENRAKU_BACKUP_DIR, named for when it was
 * taken (`renraku-20250601T030000000Z`), the newest N kept. Only a complete backup counts — one of
 * our names with its manifest inside; a folder a crash left half-written has a temporary name
 * (create-backup.ts), is never counted or kept, and goes at the next backup.
 */
import 'server-only';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '@/server/db/client';
import type { ContentStore } from '@/server/files/content-store';
import { manifestFileName, type BackupManifest } from './backup-manifest';
import { createBackup, isPartialBackupName } from './create-backup';
import { dateOfTimestampName, timestampForName } from './timestamp-name';

const prefix = 'renraku-';

export interface ScheduledBackup {
  name: string;
  path: string;
  takenAt: Date;
}

export interface ScheduleConfig {
  dir: string;
  everyMs: number;
  keep: number;
}

const entriesOf = (dir: string) =>
  readdir(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });

/** Complete backups, newest first. */
export async function listScheduledBackups(dir: string): Promise<ScheduledBackup[]> {
  const found: ScheduledBackup[] = [];
  for (const name of await entriesOf(dir)) {
    const takenAt = name.startsWith(prefix) ? dateOfTimestampName(name.slice(prefix.length)) : null;
    if (!takenAt) continue;
    const manifest = await stat(path.join(dir, name, manifestFileName)).catch(() => null);
    if (manifest?.isFile()) found.push({ name, path: path.join(dir, name), takenAt });
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Removes complete backups beyond the newest `keep`, and what interrupted backups left; returns the names removed. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const old = (await listScheduledBackups(dir)).slice(keep).map((backup) => backup.name);
  // Only this process writes here (one server per backup folder), and it takes one backup at a time.
  const leftovers = (await entriesOf(dir)).filter((name) => name.startsWith(`.${prefix}`) && isPartialBackupName(name));
  for (const name of [...old, ...leftovers]) await rm(path.join(dir, name), { recursive: true, force: true });
  return [...old, ...leftovers];
}

export interface TakenBackup {
  backup: ScheduledBackup;
  manifest: BackupManifest;
  removed: string[];
}

/**
 * Takes a backup when the newest complete one is older than the period (or there is none), then
 * prunes. Nothing is pruned when the backup fails: older backups are all that is left then.
 */
export async function takeBackupIfDue(
  { db, store, now = new Date(), pagesPerStep }: { db: Db; store: ContentStore; now?: Date; pagesPerStep?: number },
  { dir, everyMs, keep }: ScheduleConfig,
): Promise<TakenBackup | null> {
  const [newest] = await listScheduledBackups(dir);
  if (newest && now.getTime() - newest.takenAt.getTime() < everyMs) return null;
  const name = `${prefix}${timestampForName(now)}`;
  const manifest = await createBackup({ db, store, to: path.join(dir, name), pagesPerStep });
  return { backup: { name, path: path.join(dir, name), takenAt: now }, manifest, removed: await pruneBackups(dir, keep) };
}
