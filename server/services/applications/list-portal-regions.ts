/** The regions that have a public portal, for the sign-in page's links: slug and name only. */
import 'server-only';
import { asc, isNotNull } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { regions } from '@/server/db/schema';

export function listPortalRegions(db: DbExecutor): Array<{ slug: string; name: string }> {
  return db
    .select({ slug: regions.slug, name: regions.name })
    .from(regions)
    .where(isNotNull(regions.slug))
    .orderBy(asc(regions.name))
    .all()
    .flatMap((row) => (row.slug ? [{ slug: row.slug, name: row.name }] : []));
}
