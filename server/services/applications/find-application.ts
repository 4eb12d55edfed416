/** One application by id, whatever its status (the caller checks who may decide it and whether it still can be). */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { facilityApplications } from '@/server/db/schema';

export function findApplication(db: DbExecutor, applicationId: string) {
  return db.select().from(facilityApplications).where(eq(facilityApplications.id, applicationId)).get() ?? null;
}
