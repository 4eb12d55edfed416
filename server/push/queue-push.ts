/**
 * Queues pushes for a change inside the caller's transaction, so a push exists exactly when the
 * post or comment it tells of was committed (delivery: deliver-push.ts). Who is told: each member
 * of the patient's team whom the access policy lets read the patient and see the post (a private
 * post reaches only its audience), whose own settings ask for it (lib/notifications), and who has
 * at least one device with notifications on. Quiet hours only delay a push.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { decideNotification, type NotifiableChange } from '@/lib/notifications/decide-notification';
import { quietUntil } from '@/lib/notifications/quiet-hours';
import type { DbExecutor } from '@/server/db/client';
import { careTeamMembers, pushOutbox, pushSubscriptions } from '@/server/db/schema';
import { findUserRecord } from '@/server/db/user-record';
import { actorOf } from '@/server/policy/actor';
import { canSeePost, mayReadPatient } from '@/server/policy/patient-access';
import { findNotificationSettings } from './find-notification-settings';

export interface TimelineChange {
  patientId: string;
  /** The new post's or comment's id. */
  sourceId: string;
  change: NotifiableChange;
  /** The post the change is (or is on): whose audience may hear of it. */
  post: { authorId: string; visibility: 'team' | 'private'; recipientIds: readonly string[] };
}

function teamMemberIds(db: DbExecutor, patientId: string): string[] {
  return db
    .select({ userId: careTeamMembers.userId })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.patientId, patientId), isNull(careTeamMembers.removedAt)))
    .all()
    .map((row) => row.userId);
}

function hasSubscription(db: DbExecutor, userId: string): boolean {
  return db.select({ id: pushSubscriptions.id }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)).get() !== undefined;
}

/** Returns how many pushes were queued. */
export function queuePushes(tx: DbExecutor, changes: readonly TimelineChange[], now: number): number {
  let queued = 0;
  for (const { patientId, sourceId, change, post } of changes) {
    for (const userId of teamMemberIds(tx, patientId)) {
      if (!canSeePost(userId, post) || !hasSubscription(tx, userId)) continue;
      const settings = findNotificationSettings(tx, userId);
      const kind = decideNotification(userId, change, settings);
      if (!kind) continue;
      const user = findUserRecord(tx, { id: userId });
      if (!user || !mayReadPatient(tx, actorOf(user), patientId)) continue;
      tx.insert(pushOutbox)
        .values({ id: randomUUID(), userId, kind, sourceId, createdAt: new Date(now), notBefore: new Date(quietUntil(settings, now)) })
        .run();
      queued += 1;
    }
  }
  return queued;
}
