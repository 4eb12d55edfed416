'use client';
/**
 * For each patient on this device: how many posts I have not read yet (others' posts I can see,
 * without my read receipt) and when the timeline last moved.
 */
import { map, switchMap } from 'rxjs';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { unreadAmong } from '@/app/_lib/unread/unread-posts';

export interface PatientActivity {
  unread: number;
  lastActivityAt: number | null;
}

export type ActivityByPatient = ReadonlyMap<string, PatientActivity>;

export function usePatientActivity(): ActivityByPatient | undefined {
  const { db, me } = useOffline();
  return useRx(() => {
    if (!db) return null;
    return db.posts.find().$.pipe(
      switchMap((posts) =>
        unreadAmong(db, me.id, posts).pipe(
          map((unread) => {
            const activity = new Map<string, PatientActivity>();
            for (const post of posts) {
              const entry = activity.get(post.patientId) ?? { unread: 0, lastActivityAt: null };
              entry.lastActivityAt = Math.max(entry.lastActivityAt ?? 0, post.clientCreatedAt);
              activity.set(post.patientId, entry);
            }
            for (const post of unread) {
              const entry = activity.get(post.patientId);
              if (entry) entry.unread += 1;
            }
            return activity as ActivityByPatient;
          }),
        ),
      ),
    );
  }, [db, me.id]);
}
