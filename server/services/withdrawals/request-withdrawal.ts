/**
 * 利用廃止申請: a facility administrator asks the region to end their facility's use of the
 * service. One pending request at a time; the region's administrators are told by email.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { WithdrawalRequestInput } from '@/lib/schemas/region';
import { audit } from '@/server/audit/audit';
import { regions, withdrawalRequests } from '@/server/db/schema';
import { queueMail } from '@/server/mail/queue-mail';
import { withdrawalRequestedMail } from '@/server/mail/templates';
import { decideWithdrawalRequest } from '@/server/policy/region-admin';
import { listRegionAdminEmails } from '@/server/services/regions/list-region-admin-emails';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function requestWithdrawal(options: AdminServiceOptions, input: WithdrawalRequestInput): { id: string } {
  const { db, admin, now = new Date() } = options;
  const facilityId = admin.facility.id;
  if (!decideWithdrawalRequest(admin, facilityId).allowed) throw new AppError('FORBIDDEN');
  if (admin.facility.status !== 'active') throw new AppError('CONFLICT', { reason: 'notActive' });
  const id = db.transaction((tx) => {
    const open = tx
      .select({ id: withdrawalRequests.id })
      .from(withdrawalRequests)
      .where(and(eq(withdrawalRequests.facilityId, facilityId), eq(withdrawalRequests.status, 'pending')))
      .get();
    if (open) throw new AppError('CONFLICT', { reason: 'pending' });
    const requestId = randomUUID();
    tx.insert(withdrawalRequests)
      .values({
        id: requestId,
        facilityId,
        reason: input.reason,
        desiredDate: input.desiredDate,
        status: 'pending',
        requestedBy: admin.id,
        requestedAt: now,
      })
      .run();
    const region = tx.select({ name: regions.name }).from(regions).where(eq(regions.id, admin.region.id)).get();
    const mail = withdrawalRequestedMail({
      regionName: region?.name ?? admin.region.name,
      facilityName: admin.facility.name,
      reason: input.reason,
      desiredDate: input.desiredDate,
    });
    for (const to of listRegionAdminEmails(tx, admin.region.id)) queueMail(tx, { ...mail, to, regionId: admin.region.id }, now);
    audit(
      options,
      'facility.withdrawalRequested',
      { target: { type: 'facility', id: facilityId }, details: { requestId, reason: input.reason, desiredDate: input.desiredDate } },
      tx,
    );
    return requestId;
  });
  return { id };
}
