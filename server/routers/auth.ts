/** Sign-in, sign-out and the signed-in user's own account. */
import 'server-only';
import { changePasswordInput, setLocaleInput, signInInput } from '@/lib/schemas/auth';
import { changePassword } from '@/server/services/auth/change-password';
import { setLocale } from '@/server/services/auth/set-locale';
import { signIn } from '@/server/services/auth/sign-in';
import { signOut } from '@/server/services/auth/sign-out';
import { toUserProfile } from '@/server/services/users/find-user-profile';
import { createTrpcRouter, protectedProcedure, publicProcedure } from '@/server/trpc/init';
import { authServiceOptions } from '@/server/trpc/service-options';

/** Sign-out also asks the browser to drop its HTTP cache and cookies for this site. */
const clearSiteData = '"cache", "cookies"';

export const authRouter = createTrpcRouter({
  me: publicProcedure.query(({ ctx }) =>
    ctx.auth
      ? { user: toUserProfile(ctx.auth.user), sessionStartedAt: ctx.auth.session.createdAt, problem: null }
      : { user: null, sessionStartedAt: null, problem: ctx.authProblem },
  ),

  signIn: publicProcedure.input(signInInput).mutation(({ ctx, input }) => signIn(authServiceOptions(ctx), input)),

  signOut: publicProcedure.mutation(({ ctx }) => {
    ctx.responseHeaders.set('Clear-Site-Data', clearSiteData);
    return signOut(authServiceOptions(ctx), ctx.auth);
  }),

  signOutEverywhere: protectedProcedure.meta({ allowPendingPasswordChange: true }).mutation(({ ctx }) => {
    ctx.responseHeaders.set('Clear-Site-Data', clearSiteData);
    return signOut(authServiceOptions(ctx), ctx.auth, { everywhere: true });
  }),

  changePassword: protectedProcedure
    .meta({ allowPendingPasswordChange: true })
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(authServiceOptions(ctx), ctx.auth, input)),

  setLocale: protectedProcedure
    .meta({ allowPendingPasswordChange: true })
    .input(setLocaleInput)
    .mutation(({ ctx, input }) => setLocale({ db: ctx.db }, ctx.auth.user.id, input)),
});
