/**
 * Sets up a region from nothing: the region, its municipal office as a facility, and the first
 * region administrator (who must choose their own password at first sign-in). All or nothing.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { regionSlug } from '@/lib/schemas/region';
import { audit } from '@/server/audit/audit';
import { findPortalRegion } from '@/server/services/applications/find-portal-region';
import type { Db } from '@/server/db/client';
import { auditContextOf } from '@/server/audit/audit-context';
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
    // From the command line: no request, and no account acting.
    audit(
      { audit: auditContextOf({ ip: null, userAgent: null }) },
      'admin.regionAdminCreated',
      {
        actorLoginId: 'cli',
        target: { type: 'user', id: admin.id },
        details: { regionId: region.id, facilityId: office.id, loginId: admin.loginId, slug: slug ?? null },
      },
      tx,
    );
    return { regionId: region.id, facilityId: office.id, userId: admin.id };
  });
  return created;
}
