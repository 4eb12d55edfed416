/**
 * What I have not read on this device: others' posts I can see (private posts only when I am in
 * their audience) without my read receipt, and the posts — mine included — with comments by
 * others that came after my receipt (lib/domain/new-comments.ts). One live query shared by every
 * screen that asks (the header's count, the home screen, What's new, the app badge), so the
 * device decrypts once.
 *
 * Opening every post costs a decryption each, so it comes in two steps: first the posts and
 * comments that arrived last (a window on the readable, indexed `updatedAt`), which is enough to
 * paint the newest of What's new, then the whole collections, live — at once for What's new, in
 * the background otherwise.
 */
import { BehaviorSubject, combineLatest, concat, filter, from, map, Observable, race, shareReplay, switchMap, take, timer } from 'rxjs';
import type { MangoQuerySelector } from 'rxdb';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import type { CommentDoc } from '@/lib/schemas/comment';
import { receiptId } from '@/lib/schemas/comment';
import type { PostDoc } from '@/lib/schemas/post';
import { isForMe } from '@/app/(signed-in)/patient/_lib/post-visibility';
import { whenFirstScreenPainted } from '@/app/_lib/first-screen';
import { whenFilled } from '@/lib/offline/fill-state';
import { markOnce } from '@/app/_lib/perf-mark';
import { findRecentWindow } from './recent-window';
import { commentNewsWhere, mergeNews } from './comment-news';
import { newestNews, toUnread, type UnreadPost } from './unread-post';

export { unreadCount } from './unread-post';

export type { UnreadPost } from './unread-post';

export interface UnreadPosts {
  /** Newest news first. */
  posts: UnreadPost[];
  /** False while only the posts and comments that arrived last have been looked at. */
  complete: boolean;
}

/** How many of the last arrived posts (and comments) the first step opens. */
export const recentWindowSize = 300;

/** Of these posts, those for me (others' posts I may see) that carry no read receipt of mine, live. */
export function unreadAmong(db: RenrakuDatabase, meId: string, posts: readonly PostDoc[]): Observable<PostDoc[]> {
  const forMe = posts.filter((post) => isForMe(meId, post));
  // Receipt ids are derived from the post and the reader: mine are looked up by primary key.
  return db.receipts
    .findByIds(forMe.map((post) => receiptId(post.id, meId)))
    .$.pipe(map((mine) => forMe.filter((post) => !mine.has(receiptId(post.id, meId)))));
}

/** My unread posts among those matching `selector` (readable fields only), live. */
export function unreadPostsWhere(db: RenrakuDatabase, meId: string, selector: MangoQuerySelector<PostDoc>): Observable<UnreadPost[]> {
  return db.posts.find({ selector }).$.pipe(
    switchMap((posts) => unreadAmong(db, meId, posts)),
    map((unread) => unread.map((post) => toUnread(post, true, 0, post.clientCreatedAt)).sort(newestNews)),
  );
}

/** Unread posts among `postSelector`, with the news of the comments among `commentSelector`, merged, live. */
export function newsWhere(
  db: RenrakuDatabase,
  meId: string,
  postSelector: MangoQuerySelector<PostDoc>,
  commentSelector: MangoQuerySelector<CommentDoc>,
): Observable<UnreadPost[]> {
  return combineLatest([unreadPostsWhere(db, meId, postSelector), commentNewsWhere(db, meId, commentSelector)]).pipe(
    map(([posts, comments]) => mergeNews(posts, comments)),
  );
}

/**
 * When no screen asks for every unread post (only the header's count listens), the whole
 * collection is opened this long after the start, and then when the main thread is idle: a
 * timeline opened meanwhile paints first instead of sharing the device with thousands of
 * decryptions.
 */
export const backgroundDelayMs = 5_000;

const everyPostWanted = new BehaviorSubject(false);

/** What's new calls this: it needs every unread post now, not in the background. */
export function wantEveryUnreadPost(): void {
  if (!everyPostWanted.value) everyPostWanted.next(true);
}

/** How long the recent window waits for the first screen to paint (see `firstScreen`). */
const firstScreenWaitMs = 1_500;

/**
 * The recent window once, then every post, live. With `firstScreen`, the recent window too waits
 * for the app start's first screen (a timeline's posts, the list) to paint — or for What's new to
 * ask, or 1.5 s: its counts and decryptions would otherwise queue in IndexedDB before that
 * screen's own reads.
 */
export function watchUnreadPosts(
  db: RenrakuDatabase,
  meId: string,
  {
    delayMs = backgroundDelayMs,
    windowSize = recentWindowSize,
    firstScreen,
  }: { delayMs?: number; windowSize?: number; firstScreen?: Promise<unknown> } = {},
): Observable<UnreadPosts> {
  const start = firstScreen
    ? race(from(firstScreen), everyPostWanted.pipe(filter(Boolean)), timer(firstScreenWaitMs)).pipe(take(1))
    : from([null]);
  const recent = start.pipe(
    switchMap(() => {
      markOnce('unread:window-asked');
      return Promise.all([findRecentWindow(db, windowSize), findRecentWindow(db, windowSize, 'comments')]);
    }),
    switchMap(([postsSince, commentsSince]) => {
      markOnce('unread:window');
      return newsWhere(db, meId, { updatedAt: { $gte: postsSince } }, { updatedAt: { $gte: commentsSince } });
    }),
    take(1),
    map((posts) => (markOnce('unread:recent'), { posts, complete: false })),
  );
  const wanted = everyPostWanted.pipe(filter(Boolean), take(1));
  // Even when asked for, it waits for idle: thousands of decryptions queued at once would hold
  // back the paint of the recent window's posts (seen in the bench: over 30 s under load).
  // And on a first sync, it waits for the posts and comments to be in: read while they are
  // written, it would read them all again at every batch (lib/offline/fill-state.ts).
  const all = race(wanted, timer(delayMs)).pipe(
    take(1),
    switchMap(afterIdle),
    switchMap(() => whenFilled(db, ['posts', 'comments'])),
    switchMap(() => (markOnce('unread:all-asked'), newsWhere(db, meId, {}, {}))),
    map((posts) => (markOnce('unread:all'), { posts, complete: true })),
  );
  return concat(recent, all);
}

/**
 * Emits once the main thread is idle: the whole collection is opened after the page's own first
 * paint (a timeline's, the list's) rather than competing with it.
 */
function afterIdle(): Observable<void> {
  return new Observable<void>((subscriber) => {
    const done = () => {
      subscriber.next();
      subscriber.complete();
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(done, 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(done, { timeout: 1500 });
    return () => cancelIdleCallback(handle);
  });
}

const shared = new WeakMap<RenrakuDatabase, Map<string, Observable<UnreadPosts>>>();

/** `watchUnreadPosts`, one subscription per database and user however many screens listen. */
export function sharedUnreadPosts(db: RenrakuDatabase, meId: string): Observable<UnreadPosts> {
  let ofDb = shared.get(db);
  if (!ofDb) shared.set(db, (ofDb = new Map()));
  let observable = ofDb.get(meId);
  if (!observable) {
    observable = watchUnreadPosts(db, meId, { firstScreen: whenFirstScreenPainted() }).pipe(shareReplay({ bufferSize: 1, refCount: true }));
    ofDb.set(meId, observable);
  }
  return observable;
}
