/** This device: its name, its approval, and what happens when it is revoked. */
import type { Messages } from '../../catalogue';
import type { jaDevice } from '../ja/device';

export const enDevice: Messages<typeof jaDevice> = {
  'device.title': 'This device',
  'device.connection': 'Connection',
  'device.online': 'Online',
  'device.offlineUse': 'Offline use',
  'device.offlineReady': 'Ready (opens without a signal)',
  'device.offlineNotReady': 'Not yet (open it once while online)',
  'device.storage': 'Stored data',
  'device.storageOf': '{used} (of {quota})',
  'device.persistence': 'Data protection',
  'device.persisted': 'Protected: the browser will not clear it on its own',
  'device.encryption': 'Encryption',
  'device.encrypted': 'Patient data is stored encrypted on this device (AES-256)',
  'device.locksAfter': 'Locks after {minutes} minutes without use',
  'device.offlineUntil': 'Opens offline with the password until {until} (then an online sign-in is needed)',
  'device.lockNow': 'Lock now',
  'device.notPersisted': 'The browser may clear it when space runs low (installing the app to the home screen helps)',
  'device.privacy': 'Signing out erases the account information kept on this device. Always sign out on a shared device.',
  'device.revokedNotice': 'An administrator stopped this device from being used, so the patient information on it has been erased.',
  'device.pendingTitle': 'This device is waiting for approval',
  'device.pendingBody':
    'Patient information arrives on this device once your facility administrator approves it. You can stay signed in while you wait.',
  'device.status.pending': 'Waiting for approval',
  'device.status.approved': 'Approved',
  'device.status.revoked': 'Revoked',
  'device.firstSeen': 'First {time}',
  'device.lastSeen': 'Last {time}',
  'device.lastSeenFrom': 'Last {time} ({ip})',
  'device.sessions': 'Signed in {count}',
  'device.rename': 'Rename',
  'device.renameNamed': 'Rename {name}',
  'device.nameLabel': 'Device name',
  'device.save': 'Save',
  'device.cancel': 'Cancel',
  'device.runsAs': 'Runs as',
  'device.installed': 'App on the home screen',
  'device.inBrowser': 'Browser tab',
  'device.safariEviction':
    'On an iPad or iPhone, Safari erases the data of a site not added to the home screen after 7 days without use. To keep unsent work safe, add Renraku with the Share button → “Add to Home Screen” and use it from there.',
  'device.pendingWork': '{count} unsent ({time})',
  'device.stuckTitle': "This device's data cannot be opened",
  'device.stuckBody':
    'A page opened earlier is still holding the data, so the browser cannot open it. Close Renraku completely (for the home-screen app, swipe it away) and open it again. Nothing unsent is lost.',
  'device.storageUnavailable':
    'This browser does not let Renraku store data on the device. If this is a private (incognito) window, open Renraku in a normal window; the app added to the home screen is the surest way.',
  'device.codeMissing':
    "Part of the app did not load, so this device's data cannot be opened yet. Try again; if it keeps happening, reload Renraku once while online. Nothing unsent is lost.",
  'device.stuckRetry': 'Try again',
};
