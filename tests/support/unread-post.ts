/** An entry of What's new as the unread query gives it, for unit tests: an unread team post by the nurse at `at`. */
import type { UnreadPost } from '@/app/_lib/unread/unread-posts';

export function unreadPost(id: string, patientId: string, at: number, more: Partial<UnreadPost> = {}): UnreadPost {
  return {
    id,
    patientId,
    authorId: 'nurse',
    category: 'message',
    body: id,
    visibility: 'team',
    recipientIds: [],
    clientCreatedAt: at,
    retractedAt: null,
    postUnread: true,
    newComments: 0,
    newsAt: at,
    ...more,
  };
}
