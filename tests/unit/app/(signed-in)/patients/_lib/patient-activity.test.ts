/** The patient list's counts: the same news as the header's and What's new's, comments included. */
import { describe, expect, it } from 'vitest';
import { activityByPatient, newestTimesOf } from '@/app/(signed-in)/patients/_lib/patient-activity';
import { unreadPost } from '@/tests/support/unread-post';

/** News of a post: unread itself, or only its `newComments` new comments. */
function news(id: string, patientId: string, postUnread: boolean, newComments: number) {
  return unreadPost(id, patientId, 1, { postUnread, newComments });
}

const posts = newestTimesOf([
  { patientId: 'a', clientCreatedAt: 10 },
  { patientId: 'a', clientCreatedAt: 30 },
  { patientId: 'b', clientCreatedAt: 20 },
  { patientId: 'c', clientCreatedAt: 5 },
]);

describe('activityByPatient', () => {
  it('counts an unread post once with its comments, and each new comment on a post read before', () => {
    const activity = activityByPatient(posts, [news('a1', 'a', true, 0), news('a2', 'a', false, 2), news('b1', 'b', false, 1)]);
    expect(activity.get('a')).toEqual({ unread: 3, lastActivityAt: 30 });
    expect(activity.get('b')).toEqual({ unread: 1, lastActivityAt: 20 });
    expect(activity.get('c')).toEqual({ unread: 0, lastActivityAt: 5 });
  });

  it('shows no counts until every post has been looked at, and the last activity at once', () => {
    const activity = activityByPatient(posts, null);
    expect([...activity.values()].map((entry) => entry.unread)).toEqual([0, 0, 0]);
    expect(activity.get('a')?.lastActivityAt).toBe(30);
  });

  it('leaves out news of a patient whose posts are not on the device', () => {
    expect(activityByPatient(posts, [news('x1', 'x', true, 0)]).has('x')).toBe(false);
  });
});
