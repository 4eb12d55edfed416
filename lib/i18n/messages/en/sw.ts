/** A new version of the app is ready (the service worker). */
import type { Messages } from '../../catalogue';
import type { jaSw } from '../ja/sw';

export const enSw: Messages<typeof jaSw> = {
  'sw.updateAvailable': 'A new version is available.',
  'sw.reload': 'Reload',
};
