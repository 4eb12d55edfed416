'use client';
/**
 * Notifications while the app is open: a post or comment the sync brings in from someone else is
 * put to the same rule as the server's pushes (lib/notifications) with the user's settings, and,
 * when the user turned notifications on here, shown through the service worker — with the same
 * words as a push ("New message in Renraku" and the unread count), never the post itself.
 * Only what the server took after the app opened counts: older news was the pushes' to tell.
 */
import { useEffect, useRef } from 'react';
import { merge } from 'rxjs';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import { isOnHere, keptSettings, notificationsSupported } from '@/app/_lib/notifications/device-notifications';
import { showDeviceNotification } from '@/app/_lib/notifications/subscribe-device';
import { useOptionalOffline } from '@/app/_lib/offline/offline-provider';
import { translateLoaded } from '@/lib/i18n/load-catalogue';
import { decideNotification, type NotifiableChange } from '@/lib/notifications/decide-notification';
import { quietUntil } from '@/lib/notifications/quiet-hours';
import type { CommentDoc } from '@/lib/schemas/comment';
import type { PostDoc } from '@/lib/schemas/post';

export function OpenAppNotifications({ unread }: { unread: number | undefined }) {
  const { user } = useSignedIn();
  const { locale } = useI18n();
  const db = useOptionalOffline()?.db ?? null;
  const unreadRef = useRef(unread ?? 0);
  useEffect(() => {
    unreadRef.current = unread ?? 0;
  }, [unread]);

  useEffect(() => {
    if (!db || !notificationsSupported()) return;
    const openedAt = Date.now();
    const notify = (change: NotifiableChange, serverCreatedAt: number | null) => {
      if (serverCreatedAt === null || serverCreatedAt < openedAt) return;
      if (!isOnHere(user.id) || Notification.permission !== 'granted') return;
      const settings = keptSettings(user.id);
      if (!decideNotification(user.id, change, settings) || quietUntil(settings, Date.now()) > Date.now()) return;
      const count = Math.max(unreadRef.current, 1);
      void showDeviceNotification(
        translateLoaded(locale, 'notifications.push.title'),
        translateLoaded(locale, 'notifications.push.body', { count }),
      );
    };
    const subscription = merge(db.posts.insert$, db.comments.insert$).subscribe((event) => {
      if (event.collectionName === 'posts') {
        const post = event.documentData as PostDoc;
        const { authorId, category, visibility, recipientIds } = post;
        notify({ type: 'post', authorId, category, visibility, recipientIds }, post.serverCreatedAt);
        return;
      }
      const comment = event.documentData as CommentDoc;
      void db.posts
        .findOne(comment.postId)
        .exec()
        .then((post) => {
          if (post) notify({ type: 'comment', authorId: comment.authorId, postAuthorId: post.authorId }, comment.serverCreatedAt);
        });
    });
    return () => subscription.unsubscribe();
  }, [db, user.id, locale]);
  return null;
}
