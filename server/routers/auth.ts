/** Sign-in, sign-out and the signed-in user's own account. */
import 'server-only';
import { changePasswordInput, setLocaleInput, signInInput } from '@/lib/schemas/auth';
import { passkeyAssertionInput } from '@/lib/schemas/second-factor';
import { changePassword } from '@/server/services/auth/change-password';
import { setLocale } from '@/server/services/auth/set-locale';
import { signIn } from '@/server/services/auth/sign-in';
import { signOut } from '@/server/services/auth/sign-out';
import { currentDeviceOf } from '@/server/services/devices/current-device-of';
import { beginPasskeyAuthentication } from '@/server/services/second-factors/begin-passkey-authentication';
import { secondFactorDueFor } from '@/server/services/second-factors/second-factor-due';
import { signInWithPasskey } from '@/server/services/second-factors/sign-in-with-passkey';
import { createTrpcRouter, protectedProcedure, publicProcedure } from '@/server/trpc/init';
import { authServiceOptions } from '@/server/trpc/service-options';
import { toUserProfile } from '@/server/services/users/to-user-profile';
import { listDemoAccounts } from '@/server/services/demo/list-demo-accounts';

/**
 * Sign-out also asks the browser to drop its HTTP cache. Not its cookies: the session cookie is
 * deleted by name, and the device cookie must stay so this install remains the same (approved)
 * device at the next sign-in. The app wipes its own storage.
 */
const clearSiteData = '"cache"';

/** Session problems that mean the server ended a session this browser still holds (not none or a forged token). */
const endedByServer = new Set(['idle', 'maxAge', 'passwordChanged', 'signedOutElsewhere', 'disabled', 'deviceRevoked']);

export const authRouter = createTrpcRouter({
  me: publicProcedure.query(({ ctx }) => {
    // A session the server ended: the browser's HTTP cache goes too, as at sign-out (the app
    // decides what of its own storage stays: unsent work waits, encrypted, for its author).
    if (ctx.authProblem && endedByServer.has(ctx.authProblem)) ctx.responseHeaders.set('Clear-Site-Data', clearSiteData);
    return ctx.auth
      ? {
          user: toUserProfile(ctx.auth.user),
          sessionStartedAt: ctx.auth.session.createdAt,
          device: currentDeviceOf(ctx.auth),
          secondFactor: secondFactorDueFor(ctx.db, ctx.auth),
          problem: null,
        }
      : { user: null, sessionStartedAt: null, device: null, secondFactor: null, problem: ctx.authProblem };
  }),

  /** The demo's sign-in page lists its accounts; empty unless the database is a demo database. */
  demoAccounts: publicProcedure.query(({ ctx }) => listDemoAccounts({ db: ctx.db })),

  signIn: publicProcedure.input(signInInput).mutation(({ ctx, input }) => signIn(authServiceOptions(ctx), input)),

  /** Passwordless sign-in: options for a discoverable passkey, then its assertion. */
  passkeySignInOptions: publicProcedure.mutation(({ ctx }) => beginPasskeyAuthentication({ db: ctx.db, request: ctx.request }, null)),
  signInWithPasskey: publicProcedure
    .input(passkeyAssertionInput)
    .mutation(({ ctx, input }) => signInWithPasskey(authServiceOptions(ctx), input)),

  signOut: publicProcedure.mutation(({ ctx }) => {
    ctx.responseHeaders.set('Clear-Site-Data', clearSiteData);
    return signOut(authServiceOptions(ctx), ctx.auth);
  }),

  signOutEverywhere: protectedProcedure.meta({ allowPendingPasswordChange: true, allowPendingSecondFactor: 'any' }).mutation(({ ctx }) => {
    ctx.responseHeaders.set('Clear-Site-Data', clearSiteData);
    return signOut(authServiceOptions(ctx), ctx.auth, { everywhere: true });
  }),

  changePassword: protectedProcedure
    .meta({ allowPendingPasswordChange: true, allowPendingSecondFactor: 'setup' })
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(authServiceOptions(ctx), ctx.auth, input)),

  setLocale: protectedProcedure
    .meta({ allowPendingPasswordChange: true, allowPendingSecondFactor: 'any' })
    .input(setLocaleInput)
    .mutation(({ ctx, input }) => setLocale({ db: ctx.db }, ctx.auth.user.id, input)),
});
