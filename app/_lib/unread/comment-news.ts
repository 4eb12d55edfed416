/**
 * The posts on which comments are news to me: others' comments that came after my read receipt of
 * the post (lib/domain/new-comments.ts), on posts I may see — my own, or others' visible to me. A
 * comment never reaches a device that may not see its post; one there regardless is left out with
 * its post. Comments are looked up by the readable, indexed `updatedAt`; their posts and my
 * receipts by primary key, so nothing is opened per post of the collection.
 */
import { combineLatest, map, of, switchMap, type Observable } from 'rxjs';
import type { MangoQuerySelector } from 'rxdb';
import { commentArrival, isNewComment } from '@/lib/domain/new-comments';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { receiptId, type CommentDoc } from '@/lib/schemas/comment';
import { canSeePost } from '@/app/(signed-in)/patient/_lib/post-visibility';
import { newestNews, toUnread, type UnreadPost } from './unread-post';

/** Others' live comments among those matching `selector`, by post. */
function othersCommentsByPost(comments: readonly CommentDoc[], meId: string): Map<string, CommentDoc[]> {
  const byPost = new Map<string, CommentDoc[]>();
  for (const comment of comments) {
    if (comment.authorId === meId || comment.retractedAt !== null) continue;
    const list = byPost.get(comment.postId);
    if (list) list.push(comment);
    else byPost.set(comment.postId, [comment]);
  }
  return byPost;
}

/** Posts with comments new to me among the comments matching `selector`, live. */
export function commentNewsWhere(db: RenrakuDatabase, meId: string, selector: MangoQuerySelector<CommentDoc>): Observable<UnreadPost[]> {
  return db.comments.find({ selector }).$.pipe(
    map((comments) => othersCommentsByPost(comments, meId)),
    switchMap((byPost) => {
      const postIds = [...byPost.keys()];
      if (postIds.length === 0) return of([]);
      return combineLatest([db.posts.findByIds(postIds).$, db.receipts.findByIds(postIds.map((postId) => receiptId(postId, meId))).$]).pipe(
        map(([posts, marks]) => {
          const news: UnreadPost[] = [];
          for (const [postId, comments] of byPost) {
            const post = posts.get(postId);
            if (!post || !canSeePost(meId, post)) continue;
            const readAt = marks.get(receiptId(postId, meId))?.readAt ?? null;
            const fresh = comments.filter((comment) => isNewComment(comment, meId, readAt));
            if (fresh.length === 0) continue;
            const latest = Math.max(...fresh.map(commentArrival));
            // Someone else's post I never read is news itself, its comments with it.
            const postUnread = readAt === null && post.authorId !== meId;
            news.push(toUnread(post, postUnread, postUnread ? 0 : fresh.length, Math.max(latest, post.clientCreatedAt)));
          }
          return news;
        }),
      );
    }),
  );
}

/** Unread posts and posts with new comments as one list, newest news first. */
export function mergeNews(posts: readonly UnreadPost[], comments: readonly UnreadPost[]): UnreadPost[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  for (const news of comments) {
    const known = byId.get(news.id);
    byId.set(
      news.id,
      known
        ? {
            ...known,
            postUnread: known.postUnread || news.postUnread,
            newComments: known.postUnread || news.postUnread ? 0 : news.newComments,
            newsAt: Math.max(known.newsAt, news.newsAt),
          }
        : news,
    );
  }
  return [...byId.values()].sort(newestNews);
}
