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

/** Each patient's newest post time among `posts` (where the posts index cannot be read directly). */
export function newestTimesOf(posts: readonly Pick<PostDoc, 'patientId' | 'clientCreatedAt'>[]): Map<string, number> {
  const newest = new Map<string, number>();
  for (const post of posts) newest.set(post.patientId, Math.max(newest.get(post.patientId) ?? 0, post.clientCreatedAt));
  return newest;
}

/** `newest`: each patient's newest post time; `news`: null until every post has been looked at (the counts then show as none). */
export function activityByPatient(newest: ReadonlyMap<string, number>, news: readonly UnreadPost[] | null): ActivityByPatient {
  const activity = new Map<string, PatientActivity>();
  for (const [patientId, time] of newest) activity.set(patientId, { unread: 0, lastActivityAt: time });
  for (const post of news ?? []) {
    const entry = activity.get(post.patientId);
    if (entry) entry.unread += unreadCount([post]);
  }
  return activity;
}
