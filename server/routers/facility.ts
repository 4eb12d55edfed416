/** A facility administrator's own facility: its details and its withdrawal request (利用廃止申請). */
import 'server-only';
import { withdrawalRequestInput, withdrawalTarget } from '@/lib/schemas/region';
import { cancelWithdrawal } from '@/server/services/withdrawals/cancel-withdrawal';
import { getFacilityOverview } from '@/server/services/withdrawals/get-facility-overview';
import { requestWithdrawal } from '@/server/services/withdrawals/request-withdrawal';
import { createTrpcRouter, roleProcedure } from '@/server/trpc/init';
import { adminServiceOptions } from '@/server/trpc/service-options';

const facilityAdminProcedure = roleProcedure('facilityAdmin');

export const facilityRouter = createTrpcRouter({
  overview: facilityAdminProcedure.query(({ ctx }) => getFacilityOverview(adminServiceOptions(ctx))),
  requestWithdrawal: facilityAdminProcedure
    .input(withdrawalRequestInput)
    .mutation(({ ctx, input }) => requestWithdrawal(adminServiceOptions(ctx), input)),
  cancelWithdrawal: facilityAdminProcedure
    .input(withdrawalTarget)
    .mutation(({ ctx, input }) => cancelWithdrawal(adminServiceOptions(ctx), input)),
});
