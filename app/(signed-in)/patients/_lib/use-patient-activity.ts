'use client';
/**
 * The patient list's activity (patient-activity.ts), live: each patient's newest post time, and the
 * news of the shared unread stream. The newest times come from the posts' (patient, time) index,
 * keys only, one step per patient (lib/offline/posts-time-index.ts), then kept current from the
 * posts' changes (./newest-times.ts): reading every post for them decrypted the whole collection —
 * on a desk's timeline, whose side shows this list, while the timeline's own first posts waited
 * behind it in IndexedDB.
 */
import { combineLatest, concat, from, map, of, startWith, switchMap } from 'rxjs';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { isFilling, whenFilled } from '@/lib/offline/fill-state';
import { sharedUnreadPosts } from '@/app/_lib/unread/unread-posts';
import { watchNewestTimes } from './newest-times';
import { activityByPatient, type ActivityByPatient } from './patient-activity';

export type { ActivityByPatient, PatientActivity } from './patient-activity';

export interface LiveActivity {
  byPatient: ActivityByPatient;
  /** Every post has been looked at: the unread counts are known (until then they show as none). */
  complete: boolean;
  /** Each patient's last activity is known: false during a first sync, whose list is in kana order meanwhile. */
  timesKnown: boolean;
}

export function usePatientActivity(): LiveActivity | undefined {
  const { db, me } = useOffline();
  return useRx(() => {
    if (!db) return null;
    // The news is the shared stream's (one for the header, What's new and this list).
    const news = sharedUnreadPosts(db, me.id).pipe(
      map(({ posts, complete }) => (complete ? posts : null)),
      startWith(null),
    );
    // During a first sync, none until the posts are in: the list shows its patients meanwhile.
    const newest = isFilling(db, ['posts'])
      ? concat(of(null), from(whenFilled(db, ['posts'])).pipe(switchMap(() => watchNewestTimes(db))))
      : watchNewestTimes(db);
    return combineLatest([newest, news]).pipe(
      map(([times, unread]) => ({
        byPatient: activityByPatient(times ?? new Map<string, number>(), unread),
        complete: unread !== null,
        timesKnown: times !== null,
      })),
    );
  }, [db, me.id]);
}
