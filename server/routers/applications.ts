/** 施設登録申請: the public portal submits; the region administrator lists and decides. */
import 'server-only';
import { applicationTarget, rejectApplicationInput, submitApplicationInput } from '@/lib/schemas/application';
import { approveApplication } from '@/server/services/applications/approve-application';
import { listPortalRegions } from '@/server/services/applications/list-portal-regions';
import { listApplications } from '@/server/services/applications/list-applications';
import { rejectApplication } from '@/server/services/applications/reject-application';
import { submitApplication } from '@/server/services/applications/submit-application';
import { createTrpcRouter, publicProcedure, roleProcedure } from '@/server/trpc/init';
import { adminServiceOptions } from '@/server/trpc/service-options';

const regionAdminProcedure = roleProcedure('regionAdmin');

export const applicationsRouter = createTrpcRouter({
  /** The regions with a portal, for the sign-in page's link. */
  portals: publicProcedure.query(({ ctx }) => listPortalRegions(ctx.db)),
  submit: publicProcedure
    .input(submitApplicationInput)
    .mutation(({ ctx, input }) =>
      submitApplication({ db: ctx.db, request: { ip: ctx.request.ip, userAgent: ctx.request.userAgent } }, input),
    ),
  list: regionAdminProcedure.query(({ ctx }) => listApplications(adminServiceOptions(ctx))),
  approve: regionAdminProcedure.input(applicationTarget).mutation(({ ctx, input }) => approveApplication(adminServiceOptions(ctx), input)),
  reject: regionAdminProcedure
    .input(rejectApplicationInput)
    .mutation(({ ctx, input }) => rejectApplication(adminServiceOptions(ctx), input)),
});
