/** What the region administrator's screens share. */
import type { Messages } from '../../catalogue';
import type { jaRegion } from '../ja/region';

export const enRegion: Messages<typeof jaRegion> = {
  'region.forRegionAdmins': 'Only region administrators can use this screen.',
  'region.needsConnection': 'This lives on the server: showing and changing it needs a connection.',
};
