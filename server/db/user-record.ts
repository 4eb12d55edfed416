/**
 * A user with their facility and region: what the screens, the access policy and the audit log
 * need to know of whoever acts. It sits below the policy, which reads it.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { regionCategoriesOf } from '@/lib/domain/categories';
import type { DbExecutor } from './client';
import { facilities, regions, users } from './schema';

export function findUserRecord(db: DbExecutor, where: { id: string } | { loginId: string }) {
  const row = db
    .select({ user: users, facility: facilities, region: regions })
    .from(users)
    .innerJoin(facilities, eq(users.facilityId, facilities.id))
    .innerJoin(regions, eq(facilities.regionId, regions.id))
    .where('id' in where ? eq(users.id, where.id) : eq(users.loginId, where.loginId))
    .get();
  if (!row) return null;
  const { user, facility, region } = row;
  return {
    id: user.id,
    loginId: user.loginId,
    displayName: user.displayName,
    displayNameKana: user.displayNameKana,
    profession: user.profession,
    role: user.role,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    disabled: user.disabledAt !== null,
    passwordHash: user.passwordHash,
    facility: { id: facility.id, name: facility.name, kind: facility.kind, status: facility.status },
    region: {
      id: region.id,
      name: region.name,
      deviceApprovalRequired: region.deviceApprovalRequired,
      twoFactorPolicy: region.twoFactorPolicy,
      postCategories: regionCategoriesOf(region.postCategories),
      lockAfterMinutes: region.lockAfterMinutes,
      offlineLimitHours: region.offlineLimitHours,
    },
  };
}

export type UserRecord = NonNullable<ReturnType<typeof findUserRecord>>;
