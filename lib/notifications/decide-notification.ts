/**
 * Whether a change notifies one user, and of what kind: the one rule the server's push queue and
 * the open app's notifications both follow. The caller has already established that the user may
 * see what changed (the access policy); this only applies the user's own choices.
 */
import type { PostCategory } from '@/lib/domain/categories';
import type { NotificationSettings } from '@/lib/schemas/notification-settings';
import type { NotificationKind } from './notification-kinds';

export type NotifiableChange =
  | { type: 'post'; authorId: string; category: PostCategory; visibility: 'team' | 'private'; recipientIds: readonly string[] }
  | { type: 'comment'; authorId: string; postAuthorId: string };

export function decideNotification(userId: string, change: NotifiableChange, settings: NotificationSettings): NotificationKind | null {
  if (change.authorId === userId) return null;
  if (change.type === 'comment') return change.postAuthorId === userId && settings.commentOnMyPost ? 'commentOnMyPost' : null;
  const privateToMe = change.visibility === 'private' && change.recipientIds.includes(userId);
  if (privateToMe && settings.privateToMe) return 'privateToMe';
  // A private post not addressed to this user never notifies them, whatever its category.
  if (change.visibility === 'private' && !privateToMe) return null;
  if (settings.urgentPost && settings.urgentCategories.includes(change.category)) return 'urgentPost';
  return null;
}
