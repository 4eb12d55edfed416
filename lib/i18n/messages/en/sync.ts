/** The sync status bar. */
import type { Messages } from '../../catalogue';
import type { jaSync } from '../ja/sync';

export const enSync: Messages<typeof jaSync> = {
  'sync.offline': 'Offline ({count} waiting)',
  'sync.pending': '{count} waiting to send',
  'sync.syncing': 'Syncing…',
  'sync.unreached': 'the server cannot be reached; trying again by itself',
  'sync.synced': 'Synced',
  'sync.waitingApproval': 'Waiting for approval: nothing to sync yet',
  'sync.lastSynced': 'last synced {time}',
  'sync.viewPending': 'What is waiting',
  'sync.sendNow': 'Send now',
  'sync.sending': 'Sending…',
  'sync.refused': '{count} not accepted',
};
