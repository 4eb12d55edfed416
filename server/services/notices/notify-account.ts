/** Leaves a notice for a user about their own account, inside the transaction of the change it tells of. */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { AccountNoticeDetails, AccountNoticeKind } from '@/lib/schemas/account-notice';
import type { DbExecutor } from '@/server/db/client';
import { accountNotices } from '@/server/db/schema';

export function notifyAccount(tx: DbExecutor, userId: string, kind: AccountNoticeKind, details: AccountNoticeDetails, now: Date): void {
  tx.insert(accountNotices)
    .values({ id: randomUUID(), userId, kind, details: JSON.stringify(details), createdAt: now })
    .run();
}
