'use client';
/**
 * How many things I have not read across all my patients on this device — unread posts and new
 * comments (null until everything has been looked at). For the header's and home screen's What's
 * new link and the app badge.
 */
import { map } from 'rxjs';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { sharedUnreadPosts, unreadCount } from './unread-posts';

export function useUnreadCount(): number | null {
  const { db, me } = useOffline();
  const count = useRx(
    () => (db ? sharedUnreadPosts(db, me.id).pipe(map(({ posts, complete }) => (complete ? unreadCount(posts) : null))) : null),
    [db, me.id],
  );
  return count ?? null;
}
