/**
 * Sends what waits in the push outbox, one push per user and run ("New message in Renraku", with
 * how many wait) to each of their devices. A row is marked only once every device took the push
 * or was found gone; a device the push service says is gone (404, 410) loses its subscription, and
 * so does one it refuses (401, 403: a subscription made with other VAPID keys, or revoked by the
 * browser) `refusalsBeforeGone` times in a row — once could be the push service's passing fault;
 * any other failure counts an attempt and keeps the error, and the row is tried again with the
 * mail outbox's backoff (30 s, 1 min, 2 min … at most an hour apart) counted from when it became
 * due. A push still undelivered after a day is marked expired — kept, never silently dropped.
 */
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Locale } from '@/lib/i18n/locales';
import type { Db } from '@/server/db/client';
import { pushOutbox, pushSubscriptions, users, type PushOutboxRow, type PushSubscriptionRow } from '@/server/db/schema';
import { nextAttemptAt } from '@/server/mail/deliver-mail';
import { composePushMessage } from './push-message';

/** What the push transport answers: the push service's HTTP status. */
export type PushSend = (subscription: Pick<PushSubscriptionRow, 'endpoint' | 'p256dh' | 'auth'>, payload: string) => Promise<number>;

export const pushMaxAgeMs = 24 * 3_600_000;
/** 401/403 answers in a row (at the backoff's 30 s, 1 min, 2 min) before a subscription counts as gone. */
export const refusalsBeforeGone = 3;

export interface PushDeliveryReport {
  delivered: number;
  failed: number;
  pruned: number;
  expired: number;
}

function markRows(db: Db, rows: readonly PushOutboxRow[], set: Partial<PushOutboxRow>): void {
  db.update(pushOutbox)
    .set(set)
    .where(
      inArray(
        pushOutbox.id,
        rows.map((row) => row.id),
      ),
    )
    .run();
}

export async function deliverPendingPushes({
  db,
  send,
  now = () => new Date(),
}: {
  db: Db;
  send: PushSend;
  now?: () => Date;
}): Promise<PushDeliveryReport> {
  const at = now().getTime();
  const report: PushDeliveryReport = { delivered: 0, failed: 0, pruned: 0, expired: 0 };
  const waiting = db.select().from(pushOutbox).where(isNull(pushOutbox.sentAt)).all();
  const stale = waiting.filter((row) => at - row.createdAt.getTime() > pushMaxAgeMs);
  if (stale.length > 0) markRows(db, stale, { sentAt: new Date(at), outcome: 'expired' });
  report.expired = stale.length;

  const due = waiting.filter((row) => !stale.includes(row) && nextAttemptAt(row.notBefore, row.attempts) <= at);
  const byUser = new Map<string, PushOutboxRow[]>();
  for (const row of due) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  for (const [userId, rows] of byUser) {
    const subscriptions = db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)).all();
    const locale: Locale = db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).get()?.locale ?? 'ja';
    const payload = JSON.stringify(composePushMessage(locale, rows.length));
    const errors: string[] = [];
    let reached = 0;
    for (const subscription of subscriptions) {
      let status: number;
      try {
        status = await send(subscription, payload);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
        continue;
      }
      const refused = status === 401 || status === 403;
      if (status === 404 || status === 410 || (refused && subscription.refusals + 1 >= refusalsBeforeGone)) {
        db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscription.id)).run();
        report.pruned += 1;
      } else if (refused) {
        db.update(pushSubscriptions)
          .set({ refusals: subscription.refusals + 1 })
          .where(eq(pushSubscriptions.id, subscription.id))
          .run();
        errors.push(`push service refused (${status})`);
      } else if (status >= 200 && status < 300) {
        db.update(pushSubscriptions)
          .set({ lastSuccessAt: new Date(at), refusals: 0 })
          .where(eq(pushSubscriptions.id, subscription.id))
          .run();
        reached += 1;
      } else errors.push(`push service answered ${status}`);
    }
    if (errors.length === 0) {
      markRows(db, rows, { sentAt: new Date(at), outcome: reached > 0 ? 'delivered' : 'noSubscription', lastError: null });
      report.delivered += rows.length;
    } else {
      for (const row of rows)
        db.update(pushOutbox)
          .set({ attempts: row.attempts + 1, lastError: errors.join('; ').slice(0, 500) })
          .where(and(eq(pushOutbox.id, row.id), isNull(pushOutbox.sentAt)))
          .run();
      report.failed += rows.length;
    }
  }
  return report;
}
