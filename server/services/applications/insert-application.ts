/** Stores a facility application (the portal's submission does, and the demo seeds one the same way). */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors/app-error';
import type { FacilityApplication } from '@/lib/schemas/application';
import type { DbExecutor } from '@/server/db/client';
import { facilityApplications } from '@/server/db/schema';
import { isLoginIdTaken } from '@/server/services/users/is-login-id-taken';

export type ApplicationFields = Omit<FacilityApplication, 'emailConfirm' | 'password' | 'agreedToTerms'> & { passwordHash: string };

export function insertApplication(
  tx: DbExecutor,
  regionId: string,
  fields: ApplicationFields,
  meta: { at: Date; ip: string | null },
): { id: string } {
  if (isLoginIdTaken(tx, fields.loginId)) throw new AppError('CONFLICT', { field: 'loginId' });
  const id = randomUUID();
  tx.insert(facilityApplications)
    .values({ id, regionId, ...fields, status: 'pending', submittedAt: meta.at, submittedIp: meta.ip })
    .run();
  return { id };
}
