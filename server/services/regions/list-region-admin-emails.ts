/** The region administrators' addresses: each gets the notices addressed to the region (a new application, a withdrawal request). */
import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { facilities, users } from '@/server/db/schema';

export function listRegionAdminEmails(db: DbExecutor, regionId: string): string[] {
  return db
    .select({ email: users.email })
    .from(users)
    .innerJoin(facilities, eq(users.facilityId, facilities.id))
    .where(and(eq(facilities.regionId, regionId), eq(users.role, 'regionAdmin'), isNotNull(users.email)))
    .all()
    .flatMap((row) => (row.email ? [row.email] : []));
}
