/** SHA-256 of a file read as a stream, and a copy that hashes what it writes and flushes it to disk. */
import 'server-only';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';

export interface FileChecksum {
  sha256: string;
  size: number;
}

export async function checksumOf(file: string): Promise<FileChecksum> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Copies `from` to a new file `to` (its folders made as needed) in one read: the checksum is of
 * the bytes written, so it vouches for the copy, not only for the source.
 */
export async function copyWithChecksum(from: string, to: string): Promise<FileChecksum> {
  await mkdir(path.dirname(to), { recursive: true, mode: 0o700 });
  // 'wx': a copy never lands on an existing file; 0o600: patients' data is for the server alone.
  const target = await open(to, 'wx', 0o600);
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of createReadStream(from) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.byteLength;
      for (let offset = 0; offset < chunk.byteLength;) offset += (await target.write(chunk, offset)).bytesWritten;
    }
    await target.sync();
  } finally {
    await target.close();
  }
  return { sha256: hash.digest('hex'), size };
}

/** Makes renames and new entries in a folder durable, not only the files' bytes. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
