'use client';
/** The patient list's activity (patient-activity.ts), live: the posts, and the news of the shared unread stream. */
import { combineLatest, concat, from, map, of, startWith, switchMap } from 'rxjs';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { isFilling, whenFilled } from '@/lib/offline/fill-state';
import { sharedUnreadPosts } from '@/app/_lib/unread/unread-posts';
import { activityByPatient, type ActivityByPatient } from './patient-activity';

export type { ActivityByPatient, PatientActivity } from './patient-activity';

export interface LiveActivity {
  byPatient: ActivityByPatient;
  /** Every post has been looked at: the unread counts are known (until then they show as none). */
  complete: boolean;
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
    // During a first sync, none until the posts are in: read while they are written, every batch
    // would read them all again (lib/offline/fill-state.ts). The list shows its patients meanwhile.
    const posts = isFilling(db, ['posts'])
      ? concat(of([]), from(whenFilled(db, ['posts'])).pipe(switchMap(() => db.posts.find().$)))
      : db.posts.find().$;
    return combineLatest([posts, news]).pipe(
      map(([posts, unread]) => ({ byPatient: activityByPatient(posts, unread), complete: unread !== null })),
    );
  }, [db, me.id]);
}
