/** A region that has a public portal (/join/<slug>), by its slug. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { regions } from '@/server/db/schema';

export interface PortalRegion {
  id: string;
  slug: string;
  name: string;
  prefecture: string;
}

export function findPortalRegion(db: DbExecutor, slug: string): PortalRegion | null {
  const row = db
    .select({ id: regions.id, slug: regions.slug, name: regions.name, prefecture: regions.prefecture })
    .from(regions)
    .where(eq(regions.slug, slug.trim().toLowerCase()))
    .get();
  return row?.slug ? { ...row, slug: row.slug } : null;
}
