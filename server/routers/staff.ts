/** Staff accounts for facility and region administrators. */
import 'server-only';
import { z } from 'zod';
import {
  createManyStaffInput,
  createStaffInput,
  resetStaffPasswordInput,
  setStaffDisabledInput,
  staffTarget,
  updateStaffInput,
} from '@/lib/schemas/staff';
import { createManyStaff } from '@/server/services/staff/create-many-staff';
import { createStaff } from '@/server/services/staff/create-staff';
import { listLockouts } from '@/server/services/staff/list-lockouts';
import { listStaff } from '@/server/services/staff/list-staff';
import { resetStaffPassword } from '@/server/services/staff/reset-staff-password';
import { resetStaffSecondFactors } from '@/server/services/staff/reset-staff-second-factors';
import { setStaffDisabled } from '@/server/services/staff/set-staff-disabled';
import { unlockStaff } from '@/server/services/staff/unlock-staff';
import { updateStaff } from '@/server/services/staff/update-staff';
import { adminProcedure, createTrpcRouter } from '@/server/trpc/init';
import { adminServiceOptions } from '@/server/trpc/service-options';

export const staffRouter = createTrpcRouter({
  list: adminProcedure
    .input(z.object({ facilityId: z.string().max(64).optional() }).optional())
    .query(({ ctx, input }) => listStaff(adminServiceOptions(ctx), input)),
  create: adminProcedure.input(createStaffInput).mutation(({ ctx, input }) => createStaff(adminServiceOptions(ctx), input)),
  createMany: adminProcedure.input(createManyStaffInput).mutation(({ ctx, input }) => createManyStaff(adminServiceOptions(ctx), input)),
  update: adminProcedure.input(updateStaffInput).mutation(({ ctx, input }) => updateStaff(adminServiceOptions(ctx), input)),
  setDisabled: adminProcedure.input(setStaffDisabledInput).mutation(({ ctx, input }) => setStaffDisabled(adminServiceOptions(ctx), input)),
  resetPassword: adminProcedure
    .input(resetStaffPasswordInput)
    .mutation(({ ctx, input }) => resetStaffPassword(adminServiceOptions(ctx), input)),
  resetSecondFactors: adminProcedure
    .input(staffTarget)
    .mutation(({ ctx, input }) => resetStaffSecondFactors(adminServiceOptions(ctx), input)),
  unlock: adminProcedure.input(staffTarget).mutation(({ ctx, input }) => unlockStaff(adminServiceOptions(ctx), input)),
  lockouts: adminProcedure.query(({ ctx }) => listLockouts(adminServiceOptions(ctx), ctx.config.loginThrottle)),
});
