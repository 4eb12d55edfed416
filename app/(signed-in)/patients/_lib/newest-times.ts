/**
 * Each patient's newest post time on this device, live, for the patient list's last activity: from
 * the posts' (patient, time) index, keys only (lib/offline/posts-time-index.ts).
 */
import { auditTime, concatMap, defer, startWith, tap, type Observable } from 'rxjs';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { newestPostTimes } from '@/lib/offline/posts-time-index';
import type { PostDoc } from '@/lib/schemas/post';
import { newestTimesOf } from './patient-activity';

/** How long a burst of changed posts (a pull's batch) is let settle before the times are read again. */
const settleMs = 300;

/**
 * Each patient's newest post time, now and after each burst of changes (watched from the start: none
 * is missed during the first read). A post written or changed only moves its patient's time on, so
 * it is applied as it comes; only a post removed from the device (its patient left, say) has the
 * index read again. Read again after every post, the walk's one transaction over the index held
 * the next post's write — and so its push — for as long as it took (`BENCH_PROPAGATION_TRACE=1 npm
 * run bench:propagation`).
 */
export function watchNewestTimes(db: RenrakuDatabase): Observable<ReadonlyMap<string, number>> {
  const read = async () => (await newestPostTimes(db)) ?? newestTimesOf(await db.posts.find().exec());
  return defer(() => {
    let times: ReadonlyMap<string, number> | null = null;
    let moved: Array<Pick<PostDoc, 'patientId' | 'clientCreatedAt'>> = [];
    let removals = 0;
    let removalsRead = 0;
    const update = async (): Promise<ReadonlyMap<string, number>> => {
      if (!times || removals > removalsRead) {
        const seen = removals;
        moved = [];
        times = await read();
        removalsRead = seen;
        return times;
      }
      if (moved.length === 0) return times;
      const next = new Map(times);
      for (const post of moved) next.set(post.patientId, Math.max(next.get(post.patientId) ?? 0, post.clientCreatedAt));
      moved = [];
      times = next;
      return next;
    };
    return db.posts.$.pipe(
      tap((change) => {
        if (change.operation === 'DELETE' || change.documentData._deleted) removals += 1;
        else moved.push(change.documentData);
      }),
      auditTime(settleMs),
      startWith(null),
      concatMap(update),
    );
  });
}
