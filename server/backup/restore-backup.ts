/**
 * Restores a backup into a data folder. The backup is verified first (every checksum) and copied
 * into a new folder beside the data folder; the copy is opened as the server would open it (which
 * applies newer migrations), its audit chain and every attachment's file are checked, and only
 * then does it take the data folder's name. Until that rename nothing of the old folder changes;
 * a folder that held data is kept beside it, never deleted.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { databaseFileName, databasePath, openDatabase } from '@/server/db/client';
import { createContentStore } from '@/server/files/content-store';
import { checkAttachmentFiles, type FileCheckReport } from '@/server/services/files/check-attachment-files';
import { BackupError } from './backup-error';
import { filesFolderName, pathInBackup, storedFilePath, type BackupManifest } from './backup-manifest';
import { isDatabaseInUse } from './database-in-use';
import { copyWithChecksum, syncFolder } from './file-checksum';
import { timestampForName } from './timestamp-name';
import { verifyBackup } from './verify-backup';

export interface RestoreOptions {
  from: string;
  /** The data folder (RENRAKU_DATA_DIR). */
  dataDir: string;
  /** Replace a data folder that already holds something; it is moved aside, not deleted. */
  force?: boolean;
  now?: Date;
}

export interface RestoreReport {
  manifest: BackupManifest;
  dataDir: string;
  /** Where the replaced data folder was moved, or null when there was nothing to replace. */
  previous: string | null;
  auditEntries: number;
  files: FileCheckReport;
}

function inUse(dataDir: string): BackupError {
  return new BackupError(
    dataDir,
    'inUse',
    `${databasePath(dataDir)} is open in another process — a server is running on ${dataDir}. Stop it first; nothing was restored.`,
  );
}

/** Refuses early, before the long verification: a folder in use, or holding data without --force. */
async function assertReplaceable(dataDir: string, force: boolean): Promise<void> {
  const info = await stat(dataDir).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) throw new BackupError(dataDir, 'exists', `${dataDir} exists and is not a folder.`);
  const entries = await readdir(dataDir);
  if (entries.length === 0) return;
  if (isDatabaseInUse(databasePath(dataDir))) throw inUse(dataDir);
  if (!force) {
    throw new BackupError(
      dataDir,
      'notEmpty',
      `${dataDir} already holds data (${entries.slice(0, 5).join(', ')}). Restoring replaces it: run again with --force, ` +
        `and the folder is kept as ${path.basename(dataDir)}.before-restore-<time> beside it.`,
    );
  }
}

async function copyBackup(from: string, manifest: BackupManifest, staging: string): Promise<void> {
  const folders = new Set<string>();
  for (const file of manifest.checksums) {
    const target = pathInBackup(staging, file.path);
    const copied = await copyWithChecksum(pathInBackup(from, file.path), target);
    // The backup changed since it was verified a moment ago.
    if (copied.sha256 !== file.sha256)
      throw new BackupError(file.path, 'damaged', `${file.path} in ${from} changed while it was restored.`);
    folders.add(path.dirname(target));
  }
  for (const folder of folders) await syncFolder(folder);
  for (const folder of new Set([...folders].map((fanOut) => path.dirname(fanOut)))) await syncFolder(folder);
  await syncFolder(staging);
}

async function checkRestored(staging: string): Promise<{ auditEntries: number; files: FileCheckReport }> {
  const db = openDatabase(path.join(staging, databaseFileName));
  try {
    const audit = verifyAuditChain(db);
    if (!audit.ok) {
      throw new BackupError(
        databaseFileName,
        'auditChainBroken',
        `The backup's audit log is broken at entry ${audit.brokenAtSeq} (${audit.reason}): its database was altered before the backup was taken. Nothing was restored; an older backup may be intact.`,
      );
    }
    const files = await checkAttachmentFiles({ db, store: createContentStore(path.join(staging, filesFolderName)) });
    const [first] = files.problems;
    if (first) {
      throw new BackupError(
        storedFilePath(first.sha256),
        'filesBroken',
        `${files.problems.length} file(s) the backup's attachments refer to are missing or damaged, first ${storedFilePath(first.sha256)} (${first.problem}, attachment ${first.attachmentId}). Nothing was restored.`,
      );
    }
    return { auditEntries: audit.rows, files };
  } finally {
    db.$client.close();
  }
}

/** Two renames: between them (a crash) the data folder's name is free and the old data is at `previous`, whole. */
async function swapIn(staging: string, dataDir: string, now: Date): Promise<string | null> {
  const info = await stat(dataDir).catch(() => null);
  let previous: string | null = null;
  if (info && (await readdir(dataDir)).length > 0) {
    previous = `${dataDir}.before-restore-${timestampForName(now)}`;
    await rename(dataDir, previous).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EBUSY' && code !== 'EXDEV' && code !== 'EPERM' && code !== 'EACCES') throw error;
      throw new BackupError(
        dataDir,
        'cannotReplace',
        `${dataDir} cannot be renamed (${code}) — is it a mount point? Nothing was restored. Mount the volume one folder up and point RENRAKU_DATA_DIR at a folder inside it.`,
      );
    });
  }
  try {
    // Onto nothing, or onto an empty folder (which rename replaces).
    await rename(staging, dataDir);
  } catch (error) {
    if (previous)
      throw new Error(`Could not move the restored data into ${dataDir}; the previous data is whole at ${previous}.`, { cause: error });
    throw error;
  }
  await syncFolder(path.dirname(dataDir));
  return previous;
}

export async function restoreBackup({ from, dataDir, force = false, now = new Date() }: RestoreOptions): Promise<RestoreReport> {
  const source = path.resolve(from);
  const target = path.resolve(dataDir);
  await assertReplaceable(target, force);
  const manifest = await verifyBackup(source);
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.restoring-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await mkdir(staging, { mode: 0o700 });
    await copyBackup(source, manifest, staging);
    const checks = await checkRestored(staging);
    // Asked again at the last moment: a server may have started on the folder while the copy was made.
    if (isDatabaseInUse(databasePath(target))) throw inUse(target);
    const previous = await swapIn(staging, target, now);
    return { manifest, dataDir: target, previous, ...checks };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
