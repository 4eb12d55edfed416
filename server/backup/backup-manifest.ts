/**
 * A backup folder is laid out as a data folder is — `renraku.sqlite`, `files/<aa>/<bb>/<sha256>`
 * and, when the server generated its web push keys, `push-vapid.json` — plus `manifest.json`,
 * written last: what was copied, how many rows, and the SHA-256 of every file.
 */
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { databaseFileName } from '@/server/db/client';
import { vapidFileName } from '@/server/push/vapid-keys';
import { BackupError } from './backup-error';

export const manifestFileName = 'manifest.json';
export const filesFolderName = 'files';

const literal = (name: string) => name.replace(/\./g, '\\.');

/**
 * The only paths a manifest may name: the database, the push keys, or a stored file under its own hash. A
 * manifest is read from a folder the operator points at; nothing in it may lead a restore
 * to read or write anywhere else.
 */
const backupPath = z
  .string()
  .regex(new RegExp(`^(${literal(databaseFileName)}|${literal(vapidFileName)}|${filesFolderName}/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64})$`));

const checksummedFile = z.object({ path: backupPath, size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type ChecksummedFile = z.infer<typeof checksummedFile>;

export const backupManifest = z
  .object({
    format: z.literal('renraku-backup'),
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    /** Rows per table in the database copy. */
    rows: z.record(z.string(), z.number().int().min(0)),
    /** The stored files the copy's attachments refer to. */
    files: z.object({ count: z.number().int().min(0), bytes: z.number().int().min(0) }),
    /** Every file of the backup but the manifest itself. */
    checksums: z.array(checksummedFile),
  })
  .refine((manifest) => manifest.checksums.filter((file) => file.path === databaseFileName).length === 1, {
    message: `must list ${databaseFileName} once`,
  });
export type BackupManifest = z.infer<typeof backupManifest>;

/** Where a manifest path lives on this system. */
export function pathInBackup(folder: string, relative: string): string {
  return path.join(folder, ...relative.split('/'));
}

export function storedFilePath(sha256: string): string {
  return `${filesFolderName}/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

export async function readManifest(folder: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(path.join(folder, manifestFileName), 'utf8');
  } catch {
    throw new BackupError(
      manifestFileName,
      'missing',
      `${path.join(folder, manifestFileName)} is missing: not a backup, or a backup that never finished.`,
    );
  }
  const parsed = backupManifest.safeParse(parseJson(text));
  if (!parsed.success) {
    throw new BackupError(manifestFileName, 'damaged', `${path.join(folder, manifestFileName)} is damaged: it is not a backup manifest.`);
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
