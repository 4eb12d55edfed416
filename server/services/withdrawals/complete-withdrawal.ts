/**
 * The region administrator completes a facility's withdrawal: the facility is marked withdrawn,
 * every account of it is disabled and signed out everywhere (its devices wipe their patient data
 * at their next contact). Nothing is deleted: posts, photos and the audit log stay, readable to
 * the care teams they belong to. The facility's administrators are told by email.
 */
import 'server-only';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { invalidateUserSessions } from '@/server/auth/session';
import { facilities, regions, users, withdrawalRequests } from '@/server/db/schema';
import { queueMail } from '@/server/mail/queue-mail';
import { withdrawalCompletedMail } from '@/server/mail/templates';
import { assertRegionRecord } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function completeWithdrawal(options: AdminServiceOptions, input: { requestId: string }): { disabledAccounts: number } {
  const { db, admin, now = new Date() } = options;
  return db.transaction((tx) => {
    const found = tx
      .select({ request: withdrawalRequests, facility: facilities })
      .from(withdrawalRequests)
      .innerJoin(facilities, eq(facilities.id, withdrawalRequests.facilityId))
      .where(eq(withdrawalRequests.id, input.requestId))
      .get();
    assertRegionRecord(admin, found ? { regionId: found.facility.regionId } : null);
    if (!found) throw new AppError('NOT_FOUND');
    const { request, facility } = found;
    if (request.status !== 'pending') throw new AppError('CONFLICT', { reason: 'decided' });
    if (facility.id === admin.facility.id) throw new AppError('FORBIDDEN', { reason: 'self' });
    const accounts = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.facilityId, facility.id), isNull(users.disabledAt)))
      .all();
    tx.update(users)
      .set({ disabledAt: now })
      .where(and(eq(users.facilityId, facility.id), isNull(users.disabledAt)))
      .run();
    for (const account of accounts) invalidateUserSessions(tx, account.id, 'disabled');
    tx.update(facilities).set({ status: 'withdrawn', withdrawnAt: now }).where(eq(facilities.id, facility.id)).run();
    tx.update(withdrawalRequests)
      .set({ status: 'completed', decidedAt: now, decidedBy: admin.id })
      .where(eq(withdrawalRequests.id, request.id))
      .run();
    const region = tx.select({ name: regions.name }).from(regions).where(eq(regions.id, facility.regionId)).get();
    const mail = withdrawalCompletedMail({ regionName: region?.name ?? '', facilityName: facility.name });
    const recipients = tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.facilityId, facility.id), eq(users.role, 'facilityAdmin'), isNotNull(users.email)))
      .all();
    for (const { email } of recipients) if (email) queueMail(tx, { ...mail, to: email, regionId: facility.regionId }, now);
    const disabledAccounts = accounts.length;
    audit(
      options,
      'facility.withdrawn',
      { target: { type: 'facility', id: facility.id }, details: { requestId: request.id, disabledAccounts } },
      tx,
    );
    return { disabledAccounts };
  });
}
