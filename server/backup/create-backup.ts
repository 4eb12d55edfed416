/**
 * An online backup. SQLite's backup API copies the database while the server keeps writing; then
 * the stored files that copy refers to — and only those — are copied beside it, each hashed as it
 * is written; then the web push keys kept beside the database (push-vapid.json: new keys would cut
 * every device's notifications); the manifest goes last. All of it is written under a temporary name next to the
 * target and renamed when complete, so a folder with a backup's name is always a whole backup.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { databaseFileName, type Db } from '@/server/db/client';
import * as schema from '@/server/db/schema';
import type { ContentStore } from '@/server/files/content-store';
import { vapidFileName } from '@/server/push/vapid-keys';
import { findAttachmentFiles, type AttachmentFile } from '@/server/services/files/find-attachment-files';
import { BackupError } from './backup-error';
import {
  filesFolderName,
  manifestFileName,
  pathInBackup,
  storedFilePath,
  type BackupManifest,
  type ChecksummedFile,
} from './backup-manifest';
import { countRows } from './count-rows';
import { checksumOf, copyWithChecksum, syncFolder } from './file-checksum';

export interface BackupOptions {
  db: Db;
  store: ContentStore;
  /** The backup folder to make: it must not exist yet, or be empty. */
  to: string;
  /**
   * Pages per step of the database copy. Between steps the event loop runs, and writes through
   * this same connection are carried into the copy; a write by another connection restarts it.
   * Unset: one step, a snapshot that the server's writers never wait for (WAL) — right for the
   * admin CLI, whose connection is not the server's.
   */
  pagesPerStep?: number;
  /** Called between the database copy's steps; a number returned is the next step's pages. */
  onDatabaseStep?: (progress: { totalPages: number; remainingPages: number }) => number | void;
}

const allPages = 0x7fffffff;

/** A backup being written; never mistaken for a backup (restore wants the manifest). */
export function isPartialBackupName(name: string): boolean {
  return /^\..+\.partial-[0-9a-f]{8}$/.test(name);
}

async function assertFreeTarget(to: string): Promise<void> {
  const info = await stat(to).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) throw new BackupError(to, 'exists', `${to} exists and is not a folder.`);
  if ((await readdir(to)).length > 0) throw new BackupError(to, 'notEmpty', `${to} is not empty; back up into a new folder.`);
}

/** Rows and referenced files, read from the copy: what the backup holds, not what the server has now. */
function describeCopy(file: string): { rows: Record<string, number>; files: AttachmentFile[] } {
  const sqlite = new Sqlite(file);
  try {
    // The copy comes in the source's WAL mode; as a single self-contained file it wants none.
    sqlite.pragma('journal_mode = DELETE');
    return { rows: countRows(sqlite), files: findAttachmentFiles(drizzle(sqlite, { schema })) };
  } finally {
    sqlite.close();
  }
}

async function copyStoredFile(store: ContentStore, file: AttachmentFile, folder: string): Promise<ChecksummedFile> {
  const relative = storedFilePath(file.sha256);
  const source = store.path(file.sha256);
  const copied = await copyWithChecksum(source, pathInBackup(folder, relative)).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new BackupError(
      source,
      'missing',
      `${source} is missing from the file store (attachment ${file.attachmentId}, ${file.variant}).`,
    );
  });
  // Stopping keeps the older backups (nothing is pruned after a failure), one of which may still hold the good bytes.
  if (copied.sha256 !== file.sha256) {
    throw new BackupError(source, 'damaged', `${source} is damaged: its bytes no longer match its name (attachment ${file.attachmentId}).`);
  }
  return { path: relative, ...copied };
}

/** The VAPID keys the server generated into its data folder — the database's folder; none when they come from the environment. */
async function copyVapidKeys(db: Db, folder: string): Promise<ChecksummedFile | null> {
  const source = path.join(path.dirname(db.$client.name), vapidFileName);
  const copied = await copyWithChecksum(source, pathInBackup(folder, vapidFileName)).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  return copied && { path: vapidFileName, ...copied };
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeBackup(options: BackupOptions, folder: string): Promise<BackupManifest> {
  const { db, store, pagesPerStep = allPages, onDatabaseStep } = options;
  const databaseCopy = path.join(folder, databaseFileName);
  await db.$client.backup(databaseCopy, { progress: (progress) => onDatabaseStep?.(progress) ?? pagesPerStep });
  const createdAt = new Date().toISOString();
  const { rows, files } = describeCopy(databaseCopy);
  await chmod(databaseCopy, 0o600);
  await syncFile(databaseCopy);

  const checksums: ChecksummedFile[] = [{ path: databaseFileName, ...(await checksumOf(databaseCopy)) }];
  const keys = await copyVapidKeys(db, folder);
  if (keys) checksums.push(keys);
  const folders = new Set<string>();
  for (const file of files) {
    const copied = await copyStoredFile(store, file, folder);
    checksums.push(copied);
    folders.add(path.dirname(pathInBackup(folder, copied.path)));
  }
  // The entries must be on disk before the manifest says the backup is whole.
  for (const fanOut of folders) await syncFolder(fanOut);
  for (const parent of new Set([...folders].map((fanOut) => path.dirname(fanOut)))) await syncFolder(parent);
  if (folders.size > 0) await syncFolder(path.join(folder, filesFolderName));

  const manifest: BackupManifest = {
    format: 'renraku-backup',
    version: 1,
    createdAt,
    rows,
    files: { count: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) },
    checksums,
  };
  const manifestPath = path.join(folder, manifestFileName);
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  await syncFile(manifestPath);
  await syncFolder(folder);
  return manifest;
}

export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const to = path.resolve(options.to);
  await assertFreeTarget(to);
  await mkdir(path.dirname(to), { recursive: true });
  const partial = path.join(path.dirname(to), `.${path.basename(to)}.partial-${randomBytes(4).toString('hex')}`);
  await mkdir(partial, { mode: 0o700 });
  try {
    const manifest = await writeBackup(options, partial);
    // Onto nothing, or onto an empty folder (which rename replaces).
    await rename(partial, to);
    await syncFolder(path.dirname(to));
    return manifest;
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}
