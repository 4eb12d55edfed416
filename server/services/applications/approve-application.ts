/**
 * Approves a facility application, all in one transaction: the facility (active), its
 * administrator's account with the password the applicant chose (no forced change: nobody else
 * has seen it), the application marked approved, and the notice to the applicant.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { facilityApplications, regions } from '@/server/db/schema';
import { queueMail } from '@/server/mail/queue-mail';
import { applicationApprovedMail } from '@/server/mail/templates';
import { assertRegionRecord } from '@/server/policy/region-admin';
import { createFacility } from '@/server/services/organisation/create-facility';
import { insertUser } from '@/server/services/users/create-user';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { findApplication } from './find-application';

export function approveApplication(options: AdminServiceOptions, input: { applicationId: string }): { facilityId: string; userId: string } {
  const { db, admin, now = new Date() } = options;
  return db.transaction((tx) => {
    const application = findApplication(tx, input.applicationId);
    assertRegionRecord(admin, application);
    if (application.status !== 'pending') throw new AppError('CONFLICT', { reason: 'decided' });
    const region = tx.select({ name: regions.name }).from(regions).where(eq(regions.id, application.regionId)).get();
    const { id: facilityId } = createFacility(
      { db: tx },
      {
        regionId: application.regionId,
        name: application.facilityName,
        nameKana: application.facilityNameKana,
        kind: application.kind,
        status: 'active',
        prefecture: application.prefecture,
        municipality: application.municipality,
      },
    );
    // Decided first: until then the application itself reserves the login ID.
    tx.update(facilityApplications)
      .set({ status: 'approved', decidedAt: now, decidedBy: admin.id, facilityId })
      .where(eq(facilityApplications.id, application.id))
      .run();
    const contactName = `${application.contactFamilyName} ${application.contactGivenName}`;
    const { id: userId } = insertUser(tx, facilityId, {
      id: randomUUID(),
      loginId: application.loginId,
      displayName: contactName,
      displayNameKana: `${application.contactFamilyNameKana} ${application.contactGivenNameKana}`,
      profession: application.profession,
      role: 'facilityAdmin',
      email: application.email,
      passwordHash: application.passwordHash,
      mustChangePassword: false,
      passwordChangedAt: application.submittedAt,
    });
    const mail = applicationApprovedMail({
      regionName: region?.name ?? '',
      facilityName: application.facilityName,
      contactName,
      loginId: application.loginId,
    });
    queueMail(tx, { ...mail, to: application.email, regionId: application.regionId }, now);
    audit(
      options,
      'application.approved',
      { target: { type: 'facilityApplication', id: application.id }, details: { facilityId, userId, loginId: application.loginId } },
      tx,
    );
    return { facilityId, userId };
  });
}
