/**
 * For each patient on this device: how much is news to me — the same count as the header's and
 * What's new's (an unread post once, each new comment on a post read before once) — and when the
 * timeline last moved.
 */
import type { PostDoc } from '@/lib/schemas/post';
import { unreadCount, type UnreadPost } from '@/app/_lib/unread/unread-post';

export interface PatientActivity {
  unread: number;
  lastActivityAt: number | null;
}

export type ActivityByPatient = ReadonlyMap<string, PatientActivity>;

/** `news`: null until every post has been looked at (the counts then show as none). */
export function activityByPatient(
  posts: readonly Pick<PostDoc, 'patientId' | 'clientCreatedAt'>[],
  news: readonly UnreadPost[] | null,
): ActivityByPatient {
  const activity = new Map<string, PatientActivity>();
  for (const post of posts) {
    const entry = activity.get(post.patientId) ?? { unread: 0, lastActivityAt: null };
    entry.lastActivityAt = Math.max(entry.lastActivityAt ?? 0, post.clientCreatedAt);
    activity.set(post.patientId, entry);
  }
  for (const post of news ?? []) {
    const entry = activity.get(post.patientId);
    if (entry) entry.unread += unreadCount([post]);
  }
  return activity;
}
