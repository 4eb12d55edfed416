/**
 * Second factors of the signed-in user: the second sign-in step (`verify*`, reachable while it is
 * owed), enrolment (reachable while the policy makes the user enrol), and their management.
 */
import 'server-only';
import {
  confirmTotpInput,
  identityProofInput,
  passkeyAssertionInput,
  passkeyTarget,
  reauthenticateInput,
  recoveryCodeInput,
  registerPasskeyInput,
  renamePasskeyInput,
  totpCodeInput,
} from '@/lib/schemas/second-factor';
import { beginTotpEnrolment } from '@/server/services/second-factors/begin-totp-enrolment';
import { confirmTotpEnrolment } from '@/server/services/second-factors/confirm-totp-enrolment';
import { findSecondFactors } from '@/server/services/second-factors/find-second-factors';
import { removePasskey } from '@/server/services/second-factors/remove-passkey';
import { renamePasskey } from '@/server/services/second-factors/rename-passkey';
import { beginPasskeyAuthentication } from '@/server/services/second-factors/begin-passkey-authentication';
import { reauthenticate } from '@/server/services/second-factors/reauthenticate';
import { redeemRecoveryCode } from '@/server/services/second-factors/redeem-recovery-code';
import { regenerateRecoveryCodes } from '@/server/services/second-factors/regenerate-recovery-codes';
import { beginPasskeyRegistration } from '@/server/services/second-factors/begin-passkey-registration';
import { finishPasskeyRegistration } from '@/server/services/second-factors/finish-passkey-registration';
import { removeTotp } from '@/server/services/second-factors/remove-totp';
import { verifyPasskey } from '@/server/services/second-factors/verify-passkey';
import { verifyTotpCode } from '@/server/services/second-factors/verify-totp-code';
import { createTrpcRouter, protectedProcedure } from '@/server/trpc/init';
import { authServiceOptions } from '@/server/trpc/service-options';

const verifyStep = protectedProcedure.meta({ allowPendingPasswordChange: true, allowPendingSecondFactor: 'verify' });
const enrolment = protectedProcedure.meta({ allowPendingSecondFactor: 'setup' });

export const secondFactorRouter = createTrpcRouter({
  status: protectedProcedure
    .meta({ allowPendingPasswordChange: true, allowPendingSecondFactor: 'any' })
    .query(({ ctx }) => findSecondFactors(ctx.db, ctx.auth)),

  verifyTotp: verifyStep.input(totpCodeInput).mutation(({ ctx, input }) => verifyTotpCode(authServiceOptions(ctx), ctx.auth, input)),
  verifyRecoveryCode: verifyStep
    .input(recoveryCodeInput)
    .mutation(({ ctx, input }) => redeemRecoveryCode(authServiceOptions(ctx), ctx.auth, input)),
  passkeyOptions: verifyStep.mutation(({ ctx }) => beginPasskeyAuthentication({ db: ctx.db, request: ctx.request }, ctx.auth.user.id)),
  verifyPasskey: verifyStep
    .input(passkeyAssertionInput)
    .mutation(({ ctx, input }) => verifyPasskey(authServiceOptions(ctx), ctx.auth, input)),

  /** Proving it is you again, before changing factors (also while enrolment is owed, as it may take a while). */
  reauthenticate: enrolment
    .input(reauthenticateInput)
    .mutation(({ ctx, input }) => reauthenticate(authServiceOptions(ctx), ctx.auth, input)),

  beginTotp: enrolment.mutation(({ ctx }) => beginTotpEnrolment({ db: ctx.db }, ctx.auth)),
  confirmTotp: enrolment
    .input(confirmTotpInput)
    .mutation(({ ctx, input }) => confirmTotpEnrolment(authServiceOptions(ctx), ctx.auth, input)),
  passkeyRegistrationOptions: enrolment.mutation(({ ctx }) => beginPasskeyRegistration(authServiceOptions(ctx), ctx.auth)),
  registerPasskey: enrolment
    .input(registerPasskeyInput)
    .mutation(({ ctx, input }) => finishPasskeyRegistration(authServiceOptions(ctx), ctx.auth, input)),

  removeTotp: protectedProcedure
    .input(identityProofInput)
    .mutation(({ ctx, input }) => removeTotp(authServiceOptions(ctx), ctx.auth, input)),
  regenerateRecoveryCodes: protectedProcedure.mutation(({ ctx }) => regenerateRecoveryCodes(authServiceOptions(ctx), ctx.auth)),
  renamePasskey: protectedProcedure
    .input(renamePasskeyInput)
    .mutation(({ ctx, input }) => renamePasskey(authServiceOptions(ctx), ctx.auth, input)),
  removePasskey: protectedProcedure
    .input(passkeyTarget)
    .mutation(({ ctx, input }) => removePasskey(authServiceOptions(ctx), ctx.auth, input)),
});
