/** Japanese, the source catalogue: every key the UI uses is defined here first (one file per area). */
import { jaCommon } from './ja/common';
import { jaAccount } from './ja/account';
import { jaPatients } from './ja/patients';
import { jaTimeline } from './ja/timeline';
import { jaPhotos } from './ja/photos';
import { jaAudit } from './ja/audit';
import { jaJoin } from './ja/join';
import { jaRegion } from './ja/region';
import { jaDevices } from './ja/devices';
import { jaStaff } from './ja/staff';
import { jaSecurity } from './ja/security';

export const ja = {
  ...jaCommon,
  ...jaAccount,
  ...jaPatients,
  ...jaTimeline,
  ...jaPhotos,
  ...jaAudit,
  ...jaJoin,
  ...jaRegion,
  ...jaDevices,
  ...jaStaff,
  ...jaSecurity,
} as const;
