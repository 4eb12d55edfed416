'use client';
/**
 * A patient's timeline as the screen shows it: the newest `limit` posts (optionally of one
 * category), oldest first, with the comments and read receipts of just those posts. A long
 * history never loads all at once; earlier posts come in as the user asks for them.
 */
import { combineLatest, from, map, switchMap, type Observable } from 'rxjs';
import type { RxCollection, RxDocument } from 'rxdb';
import type { PostCategory } from '@/lib/domain/categories';
import type { CommentDoc, ReceiptDoc } from '@/lib/schemas/comment';
import type { PostDoc } from '@/lib/schemas/post';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { markOnce } from '@/app/_lib/perf-mark';
import { findTimelineWindow } from './timeline-window';

/** A post as the screens read it: the live RxDB document, or a kept copy's plain record (its fields only). */
export type Post = PostDoc;
export type Comment = RxDocument<CommentDoc>;
export type Receipt = RxDocument<ReceiptDoc>;

export interface TimelinePage {
  posts: Post[];
  hasEarlier: boolean;
}

/** `reaching` (a post's time) widens the window back to that post: a post opened from a search shows in place. */
export function useTimelinePosts(
  patientId: string,
  limit: number,
  category: PostCategory | null,
  reaching: number | null = null,
): TimelinePage | undefined {
  const { db } = useOffline();
  const key = `${patientId}|${category ?? ''}|${reaching ?? ''}`;
  const page = useRx(() => {
    if (!db) return null;
    markOnce('timeline-window-asked');
    return from(findTimelineWindow(db, patientId, limit, category, reaching)).pipe(
      switchMap(({ since, hasEarlier }) => {
        markOnce('timeline-window');
        return db.posts
          .find({
            selector: { patientId, ...(category ? { category } : {}), clientCreatedAt: { $gte: since } },
            sort: [{ clientCreatedAt: 'asc' }],
          })
          .$.pipe(map((posts) => (markOnce('timeline-posts'), { key, hasEarlier, posts })));
      }),
    );
  }, [db, patientId, limit, category, reaching]);
  // A page left from the previous patient or filter is not shown while the new one loads.
  return page && page.key === key ? page : undefined;
}

/**
 * The documents of each shown post, in time order. One exact index lookup per post: an `$in` over
 * random ids would scan nearly the whole collection. Unchanged posts keep the same array, so
 * their (memoised) articles do not re-render when another post is commented on or read.
 */
function useByPost<Doc extends { postId: string }>(
  source: 'comments' | 'receipts',
  postIds: string[],
  timeOf: (doc: Doc) => number,
): ReadonlyMap<string, Doc[]> {
  const { db } = useOffline();
  const idsKey = postIds.join(',');
  const lists = useRx(() => {
    if (!db || !idsKey) return null;
    const collection = db[source] as unknown as RxCollection<{ postId: string }>;
    const ofPost = (postId: string) => collection.find({ selector: { postId } }).$ as unknown as Observable<Doc[]>;
    const ids = idsKey.split(',');
    return combineLatest(ids.map((postId) => ofPost(postId).pipe(map((docs) => inTimeOrder(docs, timeOf))))).pipe(
      map((perPost) => new Map(ids.map((postId, index) => [postId, perPost[index] ?? []]))),
    );
  }, [db, source, idsKey]);
  return lists ?? emptyMap;
}

const emptyMap: ReadonlyMap<string, never[]> = new Map();
const sorted = new WeakMap<object, unknown[]>();

function inTimeOrder<Doc>(docs: Doc[], timeOf: (doc: Doc) => number): Doc[] {
  let result = sorted.get(docs) as Doc[] | undefined;
  if (!result) {
    result = [...docs].sort((a, b) => timeOf(a) - timeOf(b));
    sorted.set(docs, result);
  }
  return result;
}

const commentTime = (comment: Comment) => comment.clientCreatedAt;
const receiptTime = (receipt: Receipt) => receipt.readAt;

export function useCommentsOf(postIds: string[]): ReadonlyMap<string, Comment[]> {
  return useByPost<Comment>('comments', postIds, commentTime);
}

export function useReceiptsOf(postIds: string[]): ReadonlyMap<string, Receipt[]> {
  return useByPost<Receipt>('receipts', postIds, receiptTime);
}
