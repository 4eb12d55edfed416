/** A comment on a post (one level) and a read receipt (既読), as devices hold them. */
import { z } from 'zod';

export const commentBodyMaxLength = 4000;

export const commentDoc = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  patientId: z.uuid(),
  authorId: z.string().max(64),
  body: z.string().trim().min(1).max(commentBodyMaxLength),
  clientCreatedAt: z.number().int(),
  serverCreatedAt: z.number().int().nullable(),
  retractedAt: z.number().int().nullable(),
  retractedBy: z.string().max(64).nullable(),
  updatedAt: z.number().int(),
});
export type CommentDoc = z.infer<typeof commentDoc>;

/** One per post and reader: `id` is `<postId>:<userId>`. */
export const receiptDoc = z.object({
  id: z.string().max(200),
  postId: z.uuid(),
  patientId: z.uuid(),
  userId: z.string().max(64),
  readAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type ReceiptDoc = z.infer<typeof receiptDoc>;

export function receiptId(postId: string, userId: string): string {
  return `${postId}:${userId}`;
}
