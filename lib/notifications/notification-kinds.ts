/** What can notify a user: a private post to them, a comment on their post, a post in a category they count as urgent. */
export const notificationKinds = ['privateToMe', 'commentOnMyPost', 'urgentPost'] as const;
export type NotificationKind = (typeof notificationKinds)[number];
