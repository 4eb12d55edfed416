/**
 * A data folder laid out as the server's — `renraku.sqlite` (real migrations) and the file store
 * under `files/` — in a tmp dir of its own, so the admin CLI or a server process can be pointed
 * at it with RENRAKU_DATA_DIR. Also tmp folders for backups, and a digest of a folder's contents
 * to show that a refused restore changed nothing.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databasePath, openDatabase, type Db } from '@/server/db/client';
import { createContentStore, type ContentStore } from '@/server/files/content-store';

export interface TestDataFolder {
  dir: string;
  db: Db;
  store: ContentStore;
  /** Closes the database (a server process can then own the folder). */
  close(): void;
}

const made: string[] = [];

/** A new folder under the system's tmp dir; removeTempFolders() deletes every one. */
export function makeTempFolder(prefix = 'renraku-backup-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function openDataFolder(dir = path.join(makeTempFolder(), 'data')): TestDataFolder {
  const db = openDatabase(databasePath(dir));
  return {
    dir,
    db,
    store: createContentStore(path.join(dir, 'files')),
    close: () => {
      if (db.$client.open) db.$client.close();
    },
  };
}

/** Every file's relative path, size and SHA-256 under a folder: equal digests, equal contents. */
export function folderDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${path.relative(dir, full)}\0${createHash('sha256').update(fs.readFileSync(full)).digest('hex')}\n`);
    }
  };
  walk(dir);
  return hash.digest('hex');
}
