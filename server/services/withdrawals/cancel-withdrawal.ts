/** The facility administrator takes back their facility's withdrawal request while it is still pending. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { withdrawalRequests } from '@/server/db/schema';
import { decideWithdrawalRequest } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function cancelWithdrawal({ db, admin, audit, now = new Date() }: AdminServiceOptions, input: { requestId: string }): void {
  const request = db.select().from(withdrawalRequests).where(eq(withdrawalRequests.id, input.requestId)).get();
  if (!request || !decideWithdrawalRequest(admin, request.facilityId).allowed) throw new AppError('NOT_FOUND');
  if (request.status !== 'pending') throw new AppError('CONFLICT', { reason: 'decided' });
  db.update(withdrawalRequests)
    .set({ status: 'cancelled', decidedAt: now, decidedBy: admin.id })
    .where(eq(withdrawalRequests.id, request.id))
    .run();
  appendAuditEntry(
    db,
    {
      action: 'facility.withdrawalCancelled',
      actor: audit.actor,
      target: { type: 'facility', id: request.facilityId },
      request: audit.request,
      details: { requestId: request.id },
    },
    now.getTime(),
  );
}
