/** Notifications: my settings (every device), and turning them on or off on the device in hand. */
import 'server-only';
import { notificationSettings, pushSubscriptionInput } from '@/lib/schemas/notification-settings';
import { findOwnNotifications } from '@/server/services/notifications/find-own-notifications';
import { subscribePush } from '@/server/services/notifications/subscribe-push';
import { unsubscribePush } from '@/server/services/notifications/unsubscribe-push';
import { updateNotificationSettings } from '@/server/services/notifications/update-notification-settings';
import { createTrpcRouter, protectedProcedure } from '@/server/trpc/init';
import { ownDeviceServiceOptions } from '@/server/trpc/service-options';

export const notificationsRouter = createTrpcRouter({
  mine: protectedProcedure.query(({ ctx }) => findOwnNotifications(ownDeviceServiceOptions(ctx))),
  updateSettings: protectedProcedure
    .input(notificationSettings)
    .mutation(({ ctx, input }) => updateNotificationSettings(ownDeviceServiceOptions(ctx), input)),
  subscribe: protectedProcedure
    .input(pushSubscriptionInput)
    .mutation(({ ctx, input }) => subscribePush({ db: ctx.db, signedIn: ctx.auth }, input)),
  unsubscribe: protectedProcedure.mutation(({ ctx }) => unsubscribePush(ownDeviceServiceOptions(ctx))),
});
