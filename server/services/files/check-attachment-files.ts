/**
 * Reads back every stored file an attachment refers to and recomputes its SHA-256: a file that is
 * missing, or whose bytes no longer match the hash it is stored under, is reported with one
 * attachment that needs it. Run after a restore, or by an operator (`npm run admin -- check-files`).
 */
import 'server-only';
import { createHash } from 'node:crypto';
import type { Db } from '@/server/db/client';
import type { ContentStore } from '@/server/files/content-store';
import { findAttachmentFiles, type AttachmentFile } from './find-attachment-files';

export interface FileProblem extends AttachmentFile {
  problem: 'missing' | 'damaged';
}

export interface FileCheckReport {
  checked: number;
  bytes: number;
  problems: FileProblem[];
}

async function sha256Of(store: ContentStore, sha256: string): Promise<string | null> {
  const file = await store.open(sha256);
  if (!file) return null;
  const hash = createHash('sha256');
  for await (const chunk of file.stream as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

export async function checkAttachmentFiles({ db, store }: { db: Db; store: ContentStore }): Promise<FileCheckReport> {
  const report: FileCheckReport = { checked: 0, bytes: 0, problems: [] };
  for (const file of findAttachmentFiles(db)) {
    const actual = await sha256Of(store, file.sha256);
    report.checked += 1;
    report.bytes += file.size;
    if (actual === null) report.problems.push({ ...file, problem: 'missing' });
    else if (actual !== file.sha256) report.problems.push({ ...file, problem: 'damaged' });
  }
  return report;
}
