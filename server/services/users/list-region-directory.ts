/** The region's user directory (名簿): whom an owner can add to a team, and who a post is from. */
import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { facilities, users } from '@/server/db/schema';
import type { Actor } from '@/server/policy/patient-access';

export function listRegionDirectory({ db, actor }: { db: DbExecutor; actor: Actor }) {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      displayNameKana: users.displayNameKana,
      profession: users.profession,
      facilityId: facilities.id,
      facilityName: facilities.name,
      facilityKind: facilities.kind,
    })
    .from(users)
    .innerJoin(facilities, eq(users.facilityId, facilities.id))
    .where(and(eq(facilities.regionId, actor.regionId), eq(facilities.status, 'active'), isNull(users.disabledAt)))
    .orderBy(asc(users.displayNameKana))
    .all();
}
