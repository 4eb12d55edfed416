/** A user with their facility and region: what the screens and the access checks need. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { regionCategoriesOf } from '@/lib/domain/categories';
import type { Db } from '@/server/db/client';
import { facilities, regions, users } from '@/server/db/schema';

export function findUserProfile(db: Db, where: { id: string } | { loginId: string }) {
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
    },
  };
}

export type UserRecord = NonNullable<ReturnType<typeof findUserProfile>>;
/** What is safe to send to the browser. */
export type UserProfile = Omit<UserRecord, 'passwordHash' | 'disabled'>;

export function toUserProfile(record: UserRecord): UserProfile {
  const { passwordHash: _hash, disabled: _disabled, ...profile } = record;
  return profile;
}

/** A user may act only while their account is enabled and their facility active. */
export function isUserActive(record: UserRecord): boolean {
  return !record.disabled && record.facility.status === 'active';
}
