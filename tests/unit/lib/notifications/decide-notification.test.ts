/** The notification rule, as a table: who is told of what, by their own settings. */
import { describe, expect, it } from 'vitest';
import { decideNotification, type NotifiableChange } from '@/lib/notifications/decide-notification';
import { quietUntil } from '@/lib/notifications/quiet-hours';
import { defaultNotificationSettings as defaults, type NotificationSettings } from '@/lib/schemas/notification-settings';

const me = 'me';
const post = (fields: Partial<Extract<NotifiableChange, { type: 'post' }>> = {}): NotifiableChange => ({
  type: 'post',
  authorId: 'author',
  category: 'message',
  visibility: 'team',
  recipientIds: [],
  ...fields,
});

describe('decideNotification', () => {
  const cases: Array<[string, NotifiableChange, Partial<NotificationSettings>, string | null]> = [
    ['a private post to me', post({ visibility: 'private', recipientIds: [me] }), {}, 'privateToMe'],
    ['a private post to me, setting off', post({ visibility: 'private', recipientIds: [me] }), { privateToMe: false }, null],
    [
      'an urgent private post to me, private setting off',
      post({ visibility: 'private', recipientIds: [me], category: 'clinical' }),
      { privateToMe: false },
      'urgentPost',
    ],
    ['an urgent private post to someone else', post({ visibility: 'private', recipientIds: ['other'], category: 'clinical' }), {}, null],
    ['an urgent team post', post({ category: 'clinical' }), {}, 'urgentPost'],
    ['an urgent team post, setting off', post({ category: 'clinical' }), { urgentPost: false }, null],
    ['a post in a category I do not count urgent', post({ category: 'care' }), {}, null],
    ['a post in a category I chose as urgent', post({ category: 'care' }), { urgentCategories: ['care'] }, 'urgentPost'],
    ['my own urgent post', post({ category: 'clinical', authorId: me }), {}, null],
    ['a comment on my post', { type: 'comment', authorId: 'other', postAuthorId: me }, {}, 'commentOnMyPost'],
    ['a comment on my post, setting off', { type: 'comment', authorId: 'other', postAuthorId: me }, { commentOnMyPost: false }, null],
    ['a comment on someone else’s post', { type: 'comment', authorId: 'other', postAuthorId: 'author' }, {}, null],
    ['my own comment on my post', { type: 'comment', authorId: me, postAuthorId: me }, {}, null],
  ];
  it.each(cases)('%s', (_name, change, settings, expected) => {
    expect(decideNotification(me, change, { ...defaults, ...settings })).toBe(expected);
  });
});

describe('quietUntil (Japan time)', () => {
  const jst = (time: string) => new Date(`2026-03-10T${time}+09:00`).getTime();
  const overnight = { quietStart: 22 * 60, quietEnd: 7 * 60 };
  it('holds a change during overnight quiet hours until they end the next morning', () => {
    expect(quietUntil(overnight, jst('23:30:00'))).toBe(new Date('2026-03-11T07:00:00+09:00').getTime());
    expect(quietUntil(overnight, jst('06:59:00'))).toBe(jst('07:00:00'));
  });
  it('lets a change outside quiet hours, or with none, through at once', () => {
    expect(quietUntil(overnight, jst('07:00:00'))).toBe(jst('07:00:00'));
    expect(quietUntil(overnight, jst('21:59:59'))).toBe(jst('21:59:59'));
    expect(quietUntil({ quietStart: null, quietEnd: null }, jst('23:30:00'))).toBe(jst('23:30:00'));
  });
  it('handles quiet hours within one day', () => {
    expect(quietUntil({ quietStart: 12 * 60, quietEnd: 13 * 60 }, jst('12:15:00'))).toBe(jst('13:00:00'));
    expect(quietUntil({ quietStart: 12 * 60, quietEnd: 13 * 60 }, jst('13:15:00'))).toBe(jst('13:15:00'));
  });
});
