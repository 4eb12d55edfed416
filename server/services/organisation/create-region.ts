/** Registers a region (a municipality running the service). */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DbExecutor } from '@/server/db/client';
import { regions } from '@/server/db/schema';

export function createRegion({ db }: { db: DbExecutor }, input: { name: string; prefecture: string; id?: string }): { id: string } {
  const id = input.id ?? randomUUID();
  db.insert(regions).values({ id, name: input.name, prefecture: input.prefecture }).run();
  return { id };
}
