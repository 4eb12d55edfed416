/** The user's unread notices about their account, newest first (the home and security screens show them). */
import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AccountNotice, AccountNoticeDetails } from '@/lib/schemas/account-notice';
import type { Db } from '@/server/db/client';
import { accountNotices } from '@/server/db/schema';

export function listAccountNotices(db: Db, userId: string): AccountNotice[] {
  return db
    .select()
    .from(accountNotices)
    .where(and(eq(accountNotices.userId, userId), isNull(accountNotices.readAt)))
    .orderBy(desc(accountNotices.createdAt))
    .limit(50)
    .all()
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      details: JSON.parse(row.details ?? '{}') as AccountNoticeDetails,
      createdAt: row.createdAt,
    }));
}
