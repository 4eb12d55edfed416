/** The region's facility applications for its administrator: pending first (oldest first), then decided ones, newest first. */
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { ApplicationView } from '@/lib/schemas/application';
import { facilityApplications, users } from '@/server/db/schema';
import { assertRegionAdmin } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function listApplications({ db, admin }: Pick<AdminServiceOptions, 'db' | 'admin'>): ApplicationView[] {
  assertRegionAdmin(admin);
  const rows = db
    .select({ application: facilityApplications, decidedByName: users.displayName })
    .from(facilityApplications)
    .leftJoin(users, eq(users.id, facilityApplications.decidedBy))
    .where(eq(facilityApplications.regionId, admin.region.id))
    .orderBy(desc(facilityApplications.submittedAt))
    .all()
    .map(({ application: a, decidedByName }): ApplicationView => ({
      id: a.id,
      status: a.status,
      facilityName: a.facilityName,
      facilityNameKana: a.facilityNameKana,
      prefecture: a.prefecture,
      municipality: a.municipality,
      kind: a.kind,
      contactName: `${a.contactFamilyName} ${a.contactGivenName}`,
      contactNameKana: `${a.contactFamilyNameKana} ${a.contactGivenNameKana}`,
      profession: a.profession,
      email: a.email,
      loginId: a.loginId,
      submittedAt: a.submittedAt,
      decidedAt: a.decidedAt,
      decidedByName,
      rejectionReason: a.rejectionReason,
      facilityId: a.facilityId,
    }));
  return [...rows.filter((row) => row.status === 'pending').reverse(), ...rows.filter((row) => row.status !== 'pending')];
}
