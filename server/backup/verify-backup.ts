/**
 * Checks a backup before anything is restored from it: its manifest reads, and every file it lists
 * is there with the size and SHA-256 it had when the backup was taken. Reads only.
 */
import 'server-only';
import path from 'node:path';
import { BackupError } from './backup-error';
import { pathInBackup, readManifest, type BackupManifest, type ChecksummedFile } from './backup-manifest';
import { checksumOf } from './file-checksum';

interface Broken {
  file: string;
  problem: 'missing' | 'damaged';
}

async function problemOf(folder: string, file: ChecksummedFile): Promise<Broken | null> {
  // A stored file is named by its hash; a manifest saying otherwise was edited.
  if (file.path.includes('/') && path.posix.basename(file.path) !== file.sha256) return { file: file.path, problem: 'damaged' };
  const found = await checksumOf(pathInBackup(folder, file.path)).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  if (!found) return { file: file.path, problem: 'missing' };
  return found.size === file.size && found.sha256 === file.sha256 ? null : { file: file.path, problem: 'damaged' };
}

/** Every file is read, so the message can say how much is broken, not only the first. */
export async function verifyBackup(folder: string): Promise<BackupManifest> {
  const manifest = await readManifest(folder);
  const broken: Broken[] = [];
  for (const file of manifest.checksums) {
    const problem = await problemOf(folder, file);
    if (problem) broken.push(problem);
  }
  const [first] = broken;
  if (!first) return manifest;
  const named = broken.slice(0, 10).map(({ file, problem }) => `${file} (${problem})`);
  if (broken.length > named.length) named.push(`and ${broken.length - named.length} more`);
  throw new BackupError(
    first.file,
    first.problem,
    `The backup in ${folder} is damaged — ${named.join(', ')}. Nothing was restored; use another backup.`,
  );
}
