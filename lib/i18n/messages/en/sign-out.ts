/** Signing out while work waits unsent on this device (or on another of the user's devices). */
import type { Messages } from '../../catalogue';
import type { jaSignOut } from '../ja/sign-out';

export const enSignOut: Messages<typeof jaSignOut> = {
  'signOut.title': 'Unsent work on this device',
  'signOut.lead': 'This device holds the following, which has not reached the server yet.',
  'signOut.posts': '{count} posts',
  'signOut.comments': '{count} comments',
  'signOut.post': '1 post',
  'signOut.comment': '1 comment',
  'signOut.forms': 'Forms (drafts or finalised): {count}',
  'signOut.observations': 'Vital-sign readings and wound scores: {count}',
  'signOut.files': '{count} photos and files',
  'signOut.refused': '{count} not accepted by the server',
  'signOut.offline': 'You are offline, so it cannot be sent now. It is sent automatically once there is a signal.',
  'signOut.sendNow': 'Send now, then sign out',
  'signOut.sending': 'Sending…',
  'signOut.stillWaiting': 'Some of it could not be sent yet.',
  'signOut.keep': 'Keep it and stay signed in',
  'signOut.discard': 'Sign out and discard',
  'signOut.discardConfirmTitle': 'Discard it for good?',
  'signOut.discardConfirm': 'It will not be sent anywhere and is erased from this device. This cannot be undone.',
  'signOut.discardConfirmButton': 'Discard and sign out',
  'signOut.back': 'Back',
  'signOut.otherDevices': 'These devices also hold unsent work (they are not erased; it is sent when you sign in there again):',
  'signOut.otherDevice': '{name}: {count} (as of {time})',
};
