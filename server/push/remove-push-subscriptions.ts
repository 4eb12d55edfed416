/**
 * Forgets push subscriptions inside the caller's transaction: a device's when it signs out or is
 * revoked, all of a user's when they sign out everywhere. A device that no longer holds a session
 * must not be woken, even by a push that says nothing about a patient.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { pushSubscriptions } from '@/server/db/schema';

export function removePushSubscriptions(tx: DbExecutor, of: { deviceId: string } | { userId: string }): number {
  const where = 'deviceId' in of ? eq(pushSubscriptions.deviceId, of.deviceId) : eq(pushSubscriptions.userId, of.userId);
  return tx.delete(pushSubscriptions).where(where).run().changes;
}
