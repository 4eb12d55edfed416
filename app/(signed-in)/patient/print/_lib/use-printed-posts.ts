'use client';
/** The posts of a patient between two instants, oldest first, that this user may see — from this device's database. */
import { map } from 'rxjs';
import type { PostDoc } from '@/lib/schemas/post';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { canSeePost } from '../../_lib/post-visibility';
import type { Post } from '../../_lib/use-timeline';

export function usePrintedPosts(patientId: string, bounds: { since: number; until: number } | null): Post[] | undefined {
  const { db, me } = useOffline();
  const since = bounds?.since ?? 0;
  const until = bounds?.until ?? 0;
  return (
    useRx(
      () =>
        db && bounds
          ? db.posts
              .find({ selector: { patientId, clientCreatedAt: { $gte: since, $lt: until } }, sort: [{ clientCreatedAt: 'asc' }] })
              // The device holds only what reaches this user; asked again, as a print leaves the app.
              .$.pipe(
                map((posts) =>
                  posts.filter((post) => canSeePost(me.id, post as Pick<PostDoc, 'visibility' | 'authorId' | 'recipientIds'>)),
                ),
              )
          : null,
      [db, patientId, since, until, me.id, Boolean(bounds)],
    ) ?? undefined
  );
}
