'use client';
/**
 * For each patient on this device: how many posts I have not read yet (others' posts I can see,
 * without my read receipt) and when the timeline last moved. Receipt ids are derived from the
 * post and reader, so my receipts are looked up by primary key rather than scanned for.
 */
import { map, switchMap } from 'rxjs';
import { receiptId } from '@/lib/schemas/comment';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { isForMe } from '@/app/(signed-in)/patient/_lib/post-visibility';

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
      switchMap((posts) => {
        const forMe = posts.filter((post) => isForMe(me.id, post));
        return db.receipts.findByIds(forMe.map((post) => receiptId(post.id, me.id))).$.pipe(
          map((mine) => {
            const activity = new Map<string, PatientActivity>();
            for (const post of posts) {
              const entry = activity.get(post.patientId) ?? { unread: 0, lastActivityAt: null };
              entry.lastActivityAt = Math.max(entry.lastActivityAt ?? 0, post.clientCreatedAt);
              activity.set(post.patientId, entry);
            }
            for (const post of forMe) {
              const entry = activity.get(post.patientId);
              if (entry && !mine.has(receiptId(post.id, me.id))) entry.unread += 1;
            }
            return activity as ActivityByPatient;
          }),
        );
      }),
    );
  }, [db, me.id]);
}
