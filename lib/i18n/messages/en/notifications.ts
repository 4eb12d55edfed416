/** Notifications on this device: the push's own words (no patient data), and the settings. */
import type { Messages } from '../../catalogue';
import type { jaNotifications } from '../ja/notifications';

export const enNotifications: Messages<typeof jaNotifications> = {
  'notifications.push.title': 'New message in Renraku',
  'notifications.push.body': '{count} new — tap to open What’s new',
  'notifications.title': 'Notifications',
  'notifications.intro': 'Notifications never show a patient’s name or what was written. Tapping one opens What’s new.',
  'notifications.turnOn': 'Turn on notifications',
  'notifications.turnOff': 'Turn off notifications on this device',
  'notifications.deviceOn': 'Notifications reach this device',
  'notifications.deviceOff': 'Notifications are off on this device',
  'notifications.denied': 'Notifications are blocked in the browser’s settings. Allow them in the site settings, then try again.',
  'notifications.unsupported': 'This browser does not support notifications.',
  'notifications.appleInstallFirst': 'On an iPad or iPhone, notifications reach Renraku once it is added to the Home Screen.',
  'notifications.offline': 'Notification settings can be changed when you are online.',
  'notifications.kinds': 'Notify me about',
  'notifications.kind.privateToMe': 'Private posts to me',
  'notifications.kind.commentOnMyPost': 'Comments on my posts',
  'notifications.kind.urgentPost': 'Posts in categories I treat as urgent',
  'notifications.urgentCategories': 'Categories I treat as urgent',
  'notifications.quiet': 'Quiet hours',
  'notifications.quietOn': 'Set quiet hours',
  'notifications.quietStart': 'From',
  'notifications.quietEnd': 'Until',
  'notifications.quietHint': 'Notifications during quiet hours arrive when they end.',
  'notifications.save': 'Save notification settings',
  'notifications.saved': 'Saved',
  'notifications.pushUnavailable': 'This device is notified only while Renraku is open (the browser’s push service could not be reached).',
  'notifications.failed': 'Notifications could not be turned on. Please try again later.',
};
