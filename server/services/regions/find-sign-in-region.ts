/**
 * The region a sign-in from someone not (yet) known belongs to, where one is known: the portal it
 * came through (`/signin?region=<slug>`), or the deployment's only region. Failures for unknown
 * login IDs are then written to that region's audit log, where its administrator sees them.
 */
import 'server-only';
import { regions } from '@/server/db/schema';
import type { DbExecutor } from '@/server/db/client';
import { findPortalRegion } from '@/server/services/applications/find-portal-region';

export function findSignInRegion(db: DbExecutor, slug: string | undefined): string | null {
  if (slug) {
    const portal = findPortalRegion(db, slug);
    if (portal) return portal.id;
  }
  const some = db.select({ id: regions.id }).from(regions).limit(2).all();
  return some.length === 1 ? (some[0]?.id ?? null) : null;
}
