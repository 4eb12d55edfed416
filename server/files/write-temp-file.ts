/**
 * Writes bytes to a new, randomly named file in the store's temp folder, hashing them on the way
 * and stopping as soon as they pass the byte limit. The file is flushed to disk before this
 * returns; on any failure it is deleted, so only a crash can leave one behind (sweepTemp).
 */
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { refuse, type FileRefusal } from './file-refusal';

export interface TempFile {
  path: string;
  sha256: string;
  size: number;
}

export function writeTempFile(tempDir: string, chunks: AsyncIterable<Uint8Array>): Promise<TempFile>;
export function writeTempFile(
  tempDir: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<TempFile | FileRefusal<'FILE_TOO_LARGE'>>;
export async function writeTempFile(
  tempDir: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<TempFile | FileRefusal<'FILE_TOO_LARGE'>> {
  // Made on every write (one cheap call): writing keeps working if someone empties the folder.
  await mkdir(tempDir, { recursive: true, mode: 0o700 });
  const tempPath = path.join(tempDir, `${randomUUID()}.part`);
  // 'wx': never reuse an existing file; 0o600: patients' files are for this server alone.
  const file = await open(tempPath, 'wx', 0o600);
  const hash = createHash('sha256');
  let size = 0;
  let kept = false;
  try {
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > maxBytes) return refuse('FILE_TOO_LARGE', `more than ${maxBytes} bytes`);
      hash.update(chunk);
      // Awaiting each write is the back-pressure: the source is not read faster than the disk takes it.
      await writeAll(file, chunk);
    }
    await file.sync();
    kept = true;
    return { path: tempPath, sha256: hash.digest('hex'), size };
  } finally {
    await file.close();
    if (!kept) await rm(tempPath, { force: true });
  }
}

async function writeAll(file: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let offset = 0; offset < chunk.byteLength;) {
    const { bytesWritten } = await file.write(chunk, offset);
    offset += bytesWritten;
  }
}
