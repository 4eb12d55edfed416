/** What's new's grouping and filters, on plain posts. */
import { describe, expect, it } from 'vitest';
import {
  arrangeFeed,
  buildFeed,
  feedKeys,
  noExtras,
  noFilters,
  type FeedExtras,
  type FeedGroup,
} from '@/app/(signed-in)/whats-new/_lib/build-feed';
import { unreadPost } from '@/tests/support/unread-post';

const me = 'me';
const [patientA, patientB] = ['a', 'b'];

const post = unreadPost;

// Newest first, as the unread query gives them.
const posts = [
  post('b3', patientB, 6, { category: 'photo' }),
  post('a2', patientA, 5, { visibility: 'private', recipientIds: [me] }),
  post('b2', patientB, 4),
  post('a1', patientA, 3, { visibility: 'private', recipientIds: ['someone else'] }),
  post('b1', patientB, 2, { category: 'report' }),
];

const extras: FeedExtras = {
  photosByPost: new Map([['b3', 2]]),
  formByPost: new Map([['b1', 'visitingNursingReport']]),
  commentsByPost: new Map([['a2', 1]]),
  ownedPatientIds: new Set([patientA]),
};

const ids = (groups: readonly FeedGroup[]) => groups.map((group) => [group.patientId, group.items.map((item) => item.post.id)]);

describe('buildFeed', () => {
  it('groups by patient, the patient with the newest news first, each newest first, with what makes it news', () => {
    const groups = buildFeed(posts, extras, noFilters, me);
    expect(ids(groups)).toEqual([
      [patientB, ['b3', 'b2', 'b1']],
      [patientA, ['a2', 'a1']],
    ]);
    const a2 = groups[1]?.items[0];
    expect(a2).toMatchObject({ comments: 1, privateToMe: true, photos: 0, form: null });
    expect(groups[0]?.items[2]?.form).toBe('visitingNursingReport');
  });

  it('filters by category, private posts to me, photos, forms and owned patients', () => {
    expect(ids(buildFeed(posts, extras, { ...noFilters, category: 'photo' }, me))).toEqual([[patientB, ['b3']]]);
    // a1 is private to someone else (it could only be here by mistake): not "to me".
    expect(ids(buildFeed(posts, extras, { ...noFilters, privateToMe: true }, me))).toEqual([[patientA, ['a2']]]);
    expect(ids(buildFeed(posts, extras, { ...noFilters, photos: true }, me))).toEqual([[patientB, ['b3']]]);
    expect(ids(buildFeed(posts, extras, { ...noFilters, forms: true }, me))).toEqual([[patientB, ['b1']]]);
    expect(ids(buildFeed(posts, extras, { ...noFilters, ownedOnly: true }, me))).toEqual([[patientA, ['a2', 'a1']]]);
    expect(buildFeed(posts, noExtras, { ...noFilters, photos: true, forms: true }, me)).toEqual([]);
  });
});

describe('the feed held under a hand (arrangeFeed)', () => {
  const rankOf = (keys: string[]) => new Map(keys.map((key, index) => [key, index]));
  const shown = buildFeed(posts, extras, noFilters, me);

  it('keeps the groups and their posts where they were shown while news re-sorts the live feed', () => {
    // News for A (a3, newest of all) would put A first, and a3 at the top of its group.
    const live = buildFeed([post('a3', patientA, 7), ...posts], extras, noFilters, me);
    expect(ids(live)[0]).toEqual([patientA, ['a3', 'a2', 'a1']]);
    expect(ids(arrangeFeed(live, rankOf(feedKeys(shown))))).toEqual([
      [patientB, ['b3', 'b2', 'b1']],
      [patientA, ['a2', 'a1', 'a3']],
    ]);
  });

  it('puts a patient whose news came meanwhile below, and drops what was read meanwhile', () => {
    const patientC = 'c';
    const live = buildFeed([post('c1', patientC, 8), ...posts.filter((item) => item.id !== 'b2')], extras, noFilters, me);
    expect(ids(arrangeFeed(live, rankOf(feedKeys(shown))))).toEqual([
      [patientB, ['b3', 'b1']],
      [patientA, ['a2', 'a1']],
      [patientC, ['c1']],
    ]);
  });

  it('lists a feed’s keys top to bottom, each group before its posts', () => {
    expect(feedKeys(shown)).toEqual(['patient:b', 'post:b3', 'post:b2', 'post:b1', 'patient:a', 'post:a2', 'post:a1']);
  });
});
