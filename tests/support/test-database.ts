/** A fresh SQLite file in its own tmp dir, migrated with the real migrations from drizzle/. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '@/server/db/client';

export interface TestDatabase {
  db: Db;
  file: string;
  /** Closes the handle and removes the tmp dir. */
  close(): void;
}

export function openTestDatabase(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-test-'));
  const file = path.join(dir, 'renraku.sqlite');
  const db = openDatabase(file);
  return {
    db,
    file,
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
