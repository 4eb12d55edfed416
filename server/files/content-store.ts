/**
 * The file store: every file once, named by its SHA-256, under a root folder (the app passes
 * RENRAKU_DATA_DIR/files). A file reaches its final path only by an atomic rename of a complete,
 * flushed temp file, so a reader never sees half a file and a crash leaves only temp files behind.
 * The database says which hashes are still wanted; this module knows nothing of it.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { chunksOf, type ByteSource } from './byte-chunks';
import { isFanOutFolder, isSha256Hex, relativePathOf } from './content-address';
import { type FileRefusal } from './file-refusal';
import { writeTempFile, type TempFile } from './write-temp-file';

export interface StoredFile {
  sha256: string;
  size: number;
}

export interface ContentStore {
  readonly root: string;
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** Takes a complete temp file written in this store's temp folder (writeTempFile) as it is: moved, not copied. */
  adopt(temp: TempFile): Promise<StoredFile>;
  /** Stops reading, and keeps nothing, as soon as the stream passes `maxBytes`. */
  putStream(source: ByteSource, options: { maxBytes: number }): Promise<({ ok: true } & StoredFile) | FileRefusal<'FILE_TOO_LARGE'>>;
  /** Throws a TypeError for anything but 64 lowercase hex digits. */
  path(sha256: string): string;
  /** The stored file as a stream (it closes itself) and its size, or null when there is none. */
  open(sha256: string): Promise<{ stream: ReadStream; size: number } | null>;
  has(sha256: string): Promise<boolean>;
  /** True when a file was removed. */
  remove(sha256: string): Promise<boolean>;
  /**
   * Every stored hash, for the caller's orphan clean-up against the database. Putting content that
   * is already stored renews its mtime: spare files younger than the clean-up's grace period (stat
   * `path(hash)`) and an upload racing the clean-up keeps its file.
   */
  listAll(): AsyncGenerator<string>;
  /** Removes temp files last written more than `olderThanMs` ago (left by a crash); returns how many. */
  sweepTemp(olderThanMs: number, now?: number): Promise<number>;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** Makes sure the rename itself is on disk, not only the file's bytes. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function folderEntries(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

export function createContentStore(root: string): ContentStore {
  const tempDir = path.join(root, 'tmp');
  const pathOf = (sha256: string) => path.join(root, relativePathOf(sha256));

  const has = async (sha256: string) => (await stat(pathOf(sha256)).catch(() => null))?.isFile() ?? false;

  /**
   * True when the file is already stored; its modification time is then set to now, so that a
   * clean-up sparing recent files cannot remove content that was just uploaded again.
   */
  async function refresh(sha256: string): Promise<boolean> {
    const now = new Date();
    try {
      await utimes(pathOf(sha256), now, now);
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** Moves a complete temp file to its final path; the same content twice keeps one file. */
  async function keep(temp: TempFile): Promise<StoredFile> {
    const finalPath = pathOf(temp.sha256);
    if (await refresh(temp.sha256)) {
      await rm(temp.path, { force: true });
    } else {
      await mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
      // Two uploads of the same bytes may both get here: each rename swaps in identical content.
      await rename(temp.path, finalPath);
      await syncFolder(path.dirname(finalPath));
    }
    return { sha256: temp.sha256, size: temp.size };
  }

  return {
    root,
    path: pathOf,
    has,

    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (await refresh(sha256)) return { sha256, size: bytes.byteLength };
      return keep(await writeTempFile(tempDir, oneChunk(bytes)));
    },

    adopt: keep,

    async putStream(source, { maxBytes }) {
      const temp = await writeTempFile(tempDir, chunksOf(source), maxBytes);
      if ('ok' in temp) return temp;
      return { ok: true, ...(await keep(temp)) };
    },

    async open(sha256) {
      const filePath = pathOf(sha256);
      const handle = await open(filePath, 'r').catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      });
      if (!handle) return null;
      try {
        // The size of the file actually opened, not of whatever the path names a moment later.
        const { size } = await handle.stat();
        return { stream: handle.createReadStream(), size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async remove(sha256) {
      try {
        await unlink(pathOf(sha256));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async *listAll() {
      for (const first of (await folderEntries(root)).filter(isFanOutFolder).sort()) {
        for (const second of (await folderEntries(path.join(root, first))).filter(isFanOutFolder).sort()) {
          for (const name of (await folderEntries(path.join(root, first, second))).sort()) {
            if (isSha256Hex(name) && name.startsWith(first + second)) yield name;
          }
        }
      }
    },

    async sweepTemp(olderThanMs, now = Date.now()) {
      let removed = 0;
      for (const name of await folderEntries(tempDir)) {
        const tempPath = path.join(tempDir, name);
        const info = await stat(tempPath).catch(() => null);
        if (!info?.isFile() || info.mtimeMs > now - olderThanMs) continue;
        await rm(tempPath, { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
