/** English: must define exactly the keys of the Japanese catalogue (checked by the typecheck). */
import type { Messages } from '../catalogue';
import { enCommon } from './en/common';
import { enAccount } from './en/account';
import { enPatients } from './en/patients';
import { enTimeline } from './en/timeline';
import { enPhotos } from './en/photos';
import { enAudit } from './en/audit';
import { enJoin } from './en/join';
import { enRegion } from './en/region';
import { enDevices } from './en/devices';
import { enStaff } from './en/staff';
import { enSecurity } from './en/security';

export const en = {
  ...enCommon,
  ...enAccount,
  ...enPatients,
  ...enTimeline,
  ...enPhotos,
  ...enAudit,
  ...enJoin,
  ...enRegion,
  ...enDevices,
  ...enStaff,
  ...enSecurity,
} as const satisfies Messages;
