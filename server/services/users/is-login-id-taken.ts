/** A login ID is taken by an account, or reserved by a facility application awaiting its decision. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { facilityApplications, users } from '@/server/db/schema';

export function isLoginIdTaken(db: DbExecutor, loginId: string): boolean {
  const account = db.select({ id: users.id }).from(users).where(eq(users.loginId, loginId)).get();
  const pending = db
    .select({ id: facilityApplications.id })
    .from(facilityApplications)
    .where(and(eq(facilityApplications.loginId, loginId), eq(facilityApplications.status, 'pending')))
    .get();
  return Boolean(account ?? pending);
}
