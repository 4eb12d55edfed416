/** The signed-in user's notices about their own account (sign-in factors added or removed). */
import 'server-only';
import { markNoticesReadInput } from '@/lib/schemas/account-notice';
import { listAccountNotices } from '@/server/services/notices/list-account-notices';
import { markAccountNoticesRead } from '@/server/services/notices/mark-account-notices-read';
import { createTrpcRouter, protectedProcedure } from '@/server/trpc/init';

export const noticesRouter = createTrpcRouter({
  list: protectedProcedure.query(({ ctx }) => listAccountNotices(ctx.db, ctx.auth.user.id)),
  markRead: protectedProcedure
    .input(markNoticesReadInput)
    .mutation(({ ctx, input }) => markAccountNoticesRead(ctx.db, ctx.auth.user.id, input)),
});
