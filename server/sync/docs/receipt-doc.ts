/** A read receipt (既読) as devices hold it, and the placeholder a device gets once the user has left the team. */
import 'server-only';
import { receiptId, type ReceiptDoc } from '@/lib/schemas/comment';
import type { readReceipts } from '@/server/db/schema';

type ReceiptRow = typeof readReceipts.$inferSelect;

export function toReceiptDoc(row: ReceiptRow): ReceiptDoc {
  return {
    id: receiptId(row.postId, row.userId),
    postId: row.postId,
    patientId: row.patientId,
    userId: row.userId,
    readAt: row.readAt,
    updatedAt: row.seq,
  };
}

export function receiptTombstone(row: Pick<ReceiptRow, 'postId' | 'userId' | 'patientId'>): ReceiptDoc {
  return { id: receiptId(row.postId, row.userId), postId: row.postId, patientId: row.patientId, userId: '', readAt: 0, updatedAt: 0 };
}
