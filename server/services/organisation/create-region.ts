/** Registers a region (a municipality running the service). */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DbExecutor } from '@/server/db/client';
import { regions } from '@/server/db/schema';

export function createRegion(
  { db }: { db: DbExecutor },
  input: { name: string; prefecture: string; id?: string; slug?: string; deviceApprovalRequired?: boolean },
): { id: string } {
  const id = input.id ?? randomUUID();
  db.insert(regions)
    .values({
      id,
      name: input.name,
      prefecture: input.prefecture,
      slug: input.slug ?? null,
      deviceApprovalRequired: input.deviceApprovalRequired ?? true,
    })
    .run();
  return { id };
}
