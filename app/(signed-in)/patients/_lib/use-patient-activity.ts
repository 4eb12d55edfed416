'use client';
/** The patient list's activity (patient-activity.ts), live: the posts, and the news of the shared unread stream. */
import { combineLatest, map, startWith } from 'rxjs';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
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
    return combineLatest([db.posts.find().$, news]).pipe(
      map(([posts, unread]) => ({ byPatient: activityByPatient(posts, unread), complete: unread !== null })),
    );
  }, [db, me.id]);
}
