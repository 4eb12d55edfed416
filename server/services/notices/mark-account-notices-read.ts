/** The user has seen these notices of theirs; another user's ids change nothing. */
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { accountNotices } from '@/server/db/schema';

export function markAccountNoticesRead(db: Db, userId: string, input: { ids: string[] }, now: Date = new Date()): { read: number } {
  const { changes } = db
    .update(accountNotices)
    .set({ readAt: now })
    .where(and(eq(accountNotices.userId, userId), inArray(accountNotices.id, input.ids), isNull(accountNotices.readAt)))
    .run();
  return { read: changes };
}
