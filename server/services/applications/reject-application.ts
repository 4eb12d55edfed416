/** Rejects a facility application with a reason, which the notice to the applicant quotes. The login ID becomes free again. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { RejectApplicationInput } from '@/lib/schemas/application';
import { audit } from '@/server/audit/audit';
import { facilityApplications, regions } from '@/server/db/schema';
import { queueMail } from '@/server/mail/queue-mail';
import { applicationRejectedMail } from '@/server/mail/templates';
import { assertRegionRecord } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { findApplication } from './find-application';

export function rejectApplication(options: AdminServiceOptions, input: RejectApplicationInput): void {
  const { db, admin, now = new Date() } = options;
  db.transaction((tx) => {
    const application = findApplication(tx, input.applicationId);
    assertRegionRecord(admin, application);
    if (application.status !== 'pending') throw new AppError('CONFLICT', { reason: 'decided' });
    const region = tx.select({ name: regions.name, slug: regions.slug }).from(regions).where(eq(regions.id, application.regionId)).get();
    tx.update(facilityApplications)
      .set({ status: 'rejected', decidedAt: now, decidedBy: admin.id, rejectionReason: input.reason })
      .where(eq(facilityApplications.id, application.id))
      .run();
    const mail = applicationRejectedMail({
      regionName: region?.name ?? '',
      facilityName: application.facilityName,
      contactName: `${application.contactFamilyName} ${application.contactGivenName}`,
      reason: input.reason,
      portalPath: region?.slug ? `/join/${region.slug}` : null,
    });
    queueMail(tx, { ...mail, to: application.email, regionId: application.regionId }, now);
    audit(
      options,
      'application.rejected',
      { target: { type: 'facilityApplication', id: application.id }, details: { reason: input.reason } },
      tx,
    );
  });
}
