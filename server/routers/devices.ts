/** Devices: administrators approve, revoke and rename their staff's; every user sees and signs out their own. */
import 'server-only';
import { deviceTarget, listDevicesInput, renameDeviceInput, reportPendingInput } from '@/lib/schemas/device';
import { listManagedDevices } from '@/server/services/devices/list-managed-devices';
import { listOwnDevices } from '@/server/services/devices/list-own-devices';
import { decideDevice } from '@/server/services/devices/decide-device';
import { renameManagedDevice } from '@/server/services/devices/rename-managed-device';
import { renameOwnDevice } from '@/server/services/devices/rename-own-device';
import { releaseDeviceKey } from '@/server/services/devices/release-device-key';
import { reportPendingWork } from '@/server/services/devices/report-pending-work';
import { signOutOwnDevice } from '@/server/services/devices/sign-out-own-device';
import { adminProcedure, createTrpcRouter, protectedProcedure } from '@/server/trpc/init';
import { adminServiceOptions, ownDeviceServiceOptions } from '@/server/trpc/service-options';

export const devicesRouter = createTrpcRouter({
  list: adminProcedure.input(listDevicesInput).query(({ ctx, input }) => listManagedDevices(adminServiceOptions(ctx), input)),
  approve: adminProcedure
    .input(deviceTarget)
    .mutation(({ ctx, input }) => decideDevice(adminServiceOptions(ctx), { deviceId: input.deviceId, status: 'approved' })),
  revoke: adminProcedure
    .input(deviceTarget)
    .mutation(({ ctx, input }) => decideDevice(adminServiceOptions(ctx), { deviceId: input.deviceId, status: 'revoked' })),
  rename: adminProcedure.input(renameDeviceInput).mutation(({ ctx, input }) => renameManagedDevice(adminServiceOptions(ctx), input)),

  mine: protectedProcedure.query(({ ctx }) => listOwnDevices(ctx.db, ctx.auth.user.id, ctx.auth.session.deviceId)),
  renameMine: protectedProcedure
    .input(renameDeviceInput)
    .mutation(({ ctx, input }) => renameOwnDevice(ownDeviceServiceOptions(ctx), input)),
  reportPending: protectedProcedure
    .input(reportPendingInput)
    .mutation(({ ctx, input }) => reportPendingWork(ownDeviceServiceOptions(ctx), input)),
  /**
   * The device's key secret, for a full sign-in within the last few minutes — also while a new
   * password or a second factor's setup is owed, whose screens open inside the unlocked app.
   */
  unlockKey: protectedProcedure
    .meta({ allowPendingPasswordChange: true, allowPendingSecondFactor: 'setup' })
    .mutation(({ ctx }) => releaseDeviceKey(ownDeviceServiceOptions(ctx), ctx.auth)),
  signOutMine: protectedProcedure.input(deviceTarget).mutation(({ ctx, input }) => signOutOwnDevice(ownDeviceServiceOptions(ctx), input)),
});
