/** The regions that have a public portal (/join/<slug>): by slug, and all of them for the sign-in page. */
import 'server-only';
import { asc, eq, isNotNull } from 'drizzle-orm';
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

/** What the sign-in page links to: slug and name only. */
export function listPortalRegions(db: DbExecutor): Array<{ slug: string; name: string }> {
  return db
    .select({ slug: regions.slug, name: regions.name })
    .from(regions)
    .where(isNotNull(regions.slug))
    .orderBy(asc(regions.name))
    .all()
    .flatMap((row) => (row.slug ? [{ slug: row.slug, name: row.name }] : []));
}
