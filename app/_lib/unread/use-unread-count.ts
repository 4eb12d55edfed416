'use client';
/**
 * How many posts I have not read across all my patients on this device (null until every post
 * has been looked at). For the header's and home screen's What's new link and, later, the app badge.
 */
import { map } from 'rxjs';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { sharedUnreadPosts } from './unread-posts';

export function useUnreadCount(): number | null {
  const { db, me } = useOffline();
  const count = useRx(
    () => (db ? sharedUnreadPosts(db, me.id).pipe(map(({ posts, complete }) => (complete ? posts.length : null))) : null),
    [db, me.id],
  );
  return count ?? null;
}
