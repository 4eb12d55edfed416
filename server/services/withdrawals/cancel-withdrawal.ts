/** The facility administrator takes back their facility's withdrawal request while it is still pending. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { withdrawalRequests } from '@/server/db/schema';
import { decideWithdrawalRequest } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function cancelWithdrawal(options: AdminServiceOptions, input: { requestId: string }): void {
  const { db, admin, now = new Date() } = options;
  const request = db.select().from(withdrawalRequests).where(eq(withdrawalRequests.id, input.requestId)).get();
  if (!request || !decideWithdrawalRequest(admin, request.facilityId).allowed) throw new AppError('NOT_FOUND');
  if (request.status !== 'pending') throw new AppError('CONFLICT', { reason: 'decided' });
  db.transaction((tx) => {
    tx.update(withdrawalRequests)
      .set({ status: 'cancelled', decidedAt: now, decidedBy: admin.id })
      .where(eq(withdrawalRequests.id, request.id))
      .run();
    audit(
      options,
      'facility.withdrawalCancelled',
      { target: { type: 'facility', id: request.facilityId }, details: { requestId: request.id } },
      tx,
    );
  });
}
