/** One entry of What's new: a post, and whether it or only comments on it are news to me. */
import type { PostDoc } from '@/lib/schemas/post';

export type UnreadPost = Pick<
  PostDoc,
  'id' | 'patientId' | 'authorId' | 'category' | 'body' | 'visibility' | 'recipientIds' | 'clientCreatedAt' | 'retractedAt'
> & {
  /** The post itself is unread (its comments come with it); false when only comments on it are new. */
  postUnread: boolean;
  /** Others' comments on a post I read before (or on my own post) that came after my read. */
  newComments: number;
  /** When the news came: the post's time, or its newest new comment's arrival. */
  newsAt: number;
};

export function toUnread(post: PostDoc, postUnread: boolean, newComments: number, newsAt: number): UnreadPost {
  const { id, patientId, authorId, category, body, visibility, recipientIds, clientCreatedAt, retractedAt } = post;
  return {
    id,
    patientId,
    authorId,
    category,
    body,
    visibility,
    recipientIds,
    clientCreatedAt,
    retractedAt,
    postUnread,
    newComments,
    newsAt,
  };
}

export const newestNews = (a: UnreadPost, b: UnreadPost) => b.newsAt - a.newsAt;

/** How many things the user has not read: an unread post counts once (with its comments), a new comment once. */
export function unreadCount(posts: readonly UnreadPost[]): number {
  return posts.reduce((sum, post) => sum + (post.postUnread ? 1 : post.newComments), 0);
}
