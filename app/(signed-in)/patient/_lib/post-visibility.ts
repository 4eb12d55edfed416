/** Who may see a post, as the server decides it (server/policy): private posts (特別便) reach only their author and recipients. */
import type { PostDoc } from '@/lib/schemas/post';

export function canSeePost(userId: string, post: Pick<PostDoc, 'visibility' | 'authorId' | 'recipientIds'>): boolean {
  return post.visibility === 'team' || post.authorId === userId || post.recipientIds.includes(userId);
}

/** A post I should read: someone else's, visible to me. */
export function isForMe(userId: string, post: Pick<PostDoc, 'visibility' | 'authorId' | 'recipientIds'>): boolean {
  return post.authorId !== userId && canSeePost(userId, post);
}
