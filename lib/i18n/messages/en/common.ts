/** Words every screen shares: loading, cancel, close, back, offline. */
import type { Messages } from '../../catalogue';
import type { jaCommon } from '../ja/common';

export const enCommon: Messages<typeof jaCommon> = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.back': 'Back',
  'common.offline': 'Offline',
  'common.offlineNotice': 'You are offline. Showing what was last synced.',
  'common.skipToContent': 'Skip to content',
};
