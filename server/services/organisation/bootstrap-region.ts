/**
 * Sets up a region from nothing: the region, its municipal office as a facility, and the first
 * region administrator (who must choose their own password at first sign-in). All or nothing.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { regionSlug } from '@/lib/schemas/region';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { findPortalRegion } from '@/server/services/applications/find-portal-region';
import type { Db } from '@/server/db/client';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { createFacility } from './create-facility';
import { createRegion } from './create-region';

export interface BootstrapRegionInput {
  regionName: string;
  prefecture: string;
  /** The portal's address, /join/<slug>; none when absent. */
  slug?: string | null;
  /** The region's email, for notices to its first administrator (new applications). */
  email?: string | null;
  officeName: string;
  loginId: string;
  displayName: string;
  displayNameKana: string;
  password: string;
}

export async function bootstrapRegion({ db }: { db: Db }, input: BootstrapRegionInput) {
  const admin = await prepareUser({
    loginId: input.loginId,
    displayName: input.displayName,
    displayNameKana: input.displayNameKana,
    profession: 'municipalStaff',
    role: 'regionAdmin',
    password: input.password,
    mustChangePassword: true,
  });
  admin.email = input.email ?? null;
  const slug = input.slug ? regionSlug.parse(input.slug) : undefined;
  if (slug && findPortalRegion(db, slug)) throw new AppError('CONFLICT', { field: 'slug' });
  const created = db.transaction((tx) => {
    const region = createRegion({ db: tx }, { name: input.regionName, prefecture: input.prefecture, slug });
    const office = createFacility({ db: tx }, { regionId: region.id, name: input.officeName, kind: 'municipality' });
    insertUser(tx, office.id, admin);
    return { regionId: region.id, facilityId: office.id, userId: admin.id };
  });
  appendAuditEntry(db, {
    action: 'admin.regionAdminCreated',
    actorLoginId: 'cli',
    target: { type: 'user', id: created.userId },
    details: { regionId: created.regionId, facilityId: created.facilityId, loginId: admin.loginId, slug: slug ?? null },
  });
  return created;
}
