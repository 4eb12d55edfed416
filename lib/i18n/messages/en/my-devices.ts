/** A user's own devices (/account/devices). */
import type { Messages } from '../../catalogue';
import type { jaMyDevices } from '../ja/my-devices';

export const enMyDevices: Messages<typeof jaMyDevices> = {
  'myDevices.title': 'My devices',
  'myDevices.lead':
    'The devices you have signed in on. Sign out the ones you no longer use. If one is lost, ask your facility administrator to revoke it.',
  'myDevices.current': 'This device',
  'myDevices.signOutNamed': 'Sign out {device}',
  'myDevices.signOutWaiting': 'It holds {count} unsent items (they are not erased, and are sent at the next sign-in there).',
  'myDevices.signOutConfirm': 'Sign out {device}? Anything not yet sent from it waits there until someone signs in on it again.',
  'myDevices.signedOut': '{device} signed out.',
  'myDevices.link': 'My devices',
};
