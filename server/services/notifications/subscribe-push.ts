/**
 * Turns notifications on for the device in hand: keeps its push subscription (one per device; a
 * new one replaces the old). Only a device that may receive patient data is woken by pushes.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors/app-error';
import type { PushSubscriptionInput } from '@/lib/schemas/notification-settings';
import { pushSubscriptions } from '@/server/db/schema';
import { assertMayReceivePatientData } from '@/server/policy/device-access';
import type { Db } from '@/server/db/client';
import type { SignedIn } from '@/server/services/service-options';

export function subscribePush(
  { db, signedIn, now = new Date() }: { db: Db; signedIn: SignedIn; now?: Date },
  input: PushSubscriptionInput,
): { subscribed: true } {
  if (!signedIn.device) throw new AppError('INVALID_INPUT', { reason: 'noDevice' });
  assertMayReceivePatientData(signedIn);
  const keys = { endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth };
  db.insert(pushSubscriptions)
    .values({ id: randomUUID(), userId: signedIn.user.id, deviceId: signedIn.device.id, ...keys, createdAt: now })
    .onConflictDoUpdate({
      target: pushSubscriptions.deviceId,
      set: { ...keys, userId: signedIn.user.id, createdAt: now, lastSuccessAt: null },
    })
    .run();
  return { subscribed: true };
}
