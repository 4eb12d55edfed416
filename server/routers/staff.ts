/** Staff accounts for facility and region administrators. */
import 'server-only';
import { administratorRoles } from '@/lib/domain/roles';
import { z } from 'zod';
import { createStaffInput, resetStaffPasswordInput, setStaffDisabledInput, staffTarget } from '@/lib/schemas/staff';
import { auditActorOf } from '@/server/services/auth/auth-context';
import { createStaff } from '@/server/services/staff/create-staff';
import { listStaff } from '@/server/services/staff/list-staff';
import { resetStaffPassword } from '@/server/services/staff/reset-staff-password';
import { setStaffDisabled } from '@/server/services/staff/set-staff-disabled';
import type { StaffAdminOptions } from '@/server/services/staff/staff-options';
import { unlockStaff } from '@/server/services/staff/unlock-staff';
import type { SignedIn } from '@/server/services/auth/auth-context';
import type { TrpcContext } from '@/server/trpc/context';
import { createTrpcRouter, roleProcedure } from '@/server/trpc/init';

const adminProcedure = roleProcedure(...administratorRoles);

function staffOptions(ctx: TrpcContext & { auth: SignedIn }): StaffAdminOptions {
  return {
    db: ctx.db,
    admin: ctx.auth.user,
    audit: { actor: auditActorOf(ctx.auth.user), request: { ip: ctx.request.ip, userAgent: ctx.request.userAgent, sessionId: ctx.auth.session.id } },
  };
}

export const staffRouter = createTrpcRouter({
  list: adminProcedure.input(z.object({ facilityId: z.string().max(64).optional() }).optional()).query(({ ctx, input }) => listStaff(staffOptions(ctx), input)),
  create: adminProcedure.input(createStaffInput).mutation(({ ctx, input }) => createStaff(staffOptions(ctx), input)),
  setDisabled: adminProcedure.input(setStaffDisabledInput).mutation(({ ctx, input }) => setStaffDisabled(staffOptions(ctx), input)),
  resetPassword: adminProcedure.input(resetStaffPasswordInput).mutation(({ ctx, input }) => resetStaffPassword(staffOptions(ctx), input)),
  unlock: adminProcedure.input(staffTarget).mutation(({ ctx, input }) => unlockStaff(staffOptions(ctx), input)),
});
