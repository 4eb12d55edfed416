/** Japanese, the source catalogue: every key the UI uses is defined here first (one file per area). */
import { jaCommon } from './ja/common';
import { jaAccount } from './ja/account';
import { jaPatients } from './ja/patients';
import { jaTimeline } from './ja/timeline';
import { jaPhotos } from './ja/photos';
import { jaAudit } from './ja/audit';

export const ja = { ...jaCommon, ...jaAccount, ...jaPatients, ...jaTimeline, ...jaPhotos, ...jaAudit } as const;
