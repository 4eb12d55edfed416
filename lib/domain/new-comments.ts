/**
 * Which comments are news to a reader: someone else's, not retracted, that reached the server
 * after the reader last read the post (their read receipt's `readAt`, which moves forward each time
 * the post is read again with new comments). Without a receipt, every such comment is news. The
 * same rule decides what What's new lists and when the timeline marks a post read again.
 */
import type { CommentDoc } from '@/lib/schemas/comment';

type CommentFacts = Pick<CommentDoc, 'authorId' | 'retractedAt' | 'serverCreatedAt' | 'clientCreatedAt'>;

/** When a comment arrived: the server's time (a comment written offline arrives late), else the device's. */
export function commentArrival(comment: Pick<CommentDoc, 'serverCreatedAt' | 'clientCreatedAt'>): number {
  return comment.serverCreatedAt ?? comment.clientCreatedAt;
}

export function isNewComment(comment: CommentFacts, readerId: string, readAt: number | null): boolean {
  return comment.authorId !== readerId && comment.retractedAt === null && (readAt === null || commentArrival(comment) > readAt);
}

/**
 * The `readAt` to record when a post is read now with these comments on screen: now, or later when
 * a comment's server time is ahead of this device's clock (else it would stay news).
 */
export function readAtFor(comments: ReadonlyArray<Pick<CommentDoc, 'serverCreatedAt' | 'clientCreatedAt'>>, now: number): number {
  return comments.reduce((latest, comment) => Math.max(latest, commentArrival(comment)), now);
}
