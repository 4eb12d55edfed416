/** The region administrator's screens: settings, facilities and their withdrawals, the mail outbox. */
import 'server-only';
import { regionSettingsInput, withdrawalTarget } from '@/lib/schemas/region';
import { listMailOutbox } from '@/server/services/mail/list-mail-outbox';
import { getRegionSettings } from '@/server/services/regions/get-region-settings';
import { listRegionFacilities } from '@/server/services/regions/list-region-facilities';
import { updateRegionSettings } from '@/server/services/regions/update-region-settings';
import { completeWithdrawal } from '@/server/services/withdrawals/complete-withdrawal';
import { createTrpcRouter, roleProcedure } from '@/server/trpc/init';
import { adminServiceOptions } from '@/server/trpc/service-options';

const regionAdminProcedure = roleProcedure('regionAdmin');

export const regionRouter = createTrpcRouter({
  settings: regionAdminProcedure.query(({ ctx }) => getRegionSettings(adminServiceOptions(ctx))),
  updateSettings: regionAdminProcedure
    .input(regionSettingsInput)
    .mutation(({ ctx, input }) => updateRegionSettings(adminServiceOptions(ctx), input)),
  facilities: regionAdminProcedure.query(({ ctx }) => listRegionFacilities(adminServiceOptions(ctx))),
  completeWithdrawal: regionAdminProcedure
    .input(withdrawalTarget)
    .mutation(({ ctx, input }) => completeWithdrawal(adminServiceOptions(ctx), input)),
  mailOutbox: regionAdminProcedure.query(({ ctx }) => listMailOutbox(adminServiceOptions(ctx))),
});
