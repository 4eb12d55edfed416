/** The lock screen: the app locked itself, and the password unlocks the encrypted data on the device. */
import type { Messages } from '../../catalogue';
import type { jaLock } from '../ja/lock';

export const enLock: Messages<typeof jaLock> = {
  'lock.title': 'Locked',
  'lock.who': '{name}’s records are encrypted on this device.',
  'lock.reason.start': 'The app was opened again: enter your password.',
  'lock.reason.idle': 'Locked after {minutes} minutes without use.',
  'lock.reason.manual': 'Locked. Your password unlocks it.',
  'lock.reason.hidden': 'Locked: the app was out of sight for {minutes} minutes or more.',
  'lock.password': 'Password',
  'lock.unlock': 'Unlock',
  'lock.unlocking': 'Checking…',
  'lock.wrong': 'Wrong password. {count} more wrong tries and an online sign-in will be needed.',
  'lock.signInNeeded':
    'The password cannot unlock this device now (five wrong tries, offline for too long, or a device signed in with a passkey). Sign in again online. Nothing unsent is lost: it is sent once you are signed in.',
  'lock.checkedOnline':
    'The password no longer unlocks this device on its own (five wrong tries, offline for too long, or a device signed in with a passkey): it is checked with the server now. Signed in with a passkey? Sign in again.',
  'lock.wrongOnline': 'The password is not correct.',
  'lock.signInAgain': 'Sign in again',
  'lock.offlineSignIn': 'Connect to the internet, then sign in again.',
  'lock.syncPaused': 'Syncing is paused while locked. Unsent work waits, encrypted, and is sent once unlocked.',
  'lock.waiting': 'Waiting unsent on this device: {count}.',
  'lock.signOut': 'Sign out',
  'lock.signOutDiscards': 'Signing out deletes what waits unsent on this device ({count}). Unlock first to send it.',
  'lock.signOutConfirm': 'Delete them and sign out',
  'lock.back': 'Back',
  'lock.lockNow': 'Lock',
} as const;
