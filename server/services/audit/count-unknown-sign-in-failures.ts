/**
 * Failed sign-ins for login IDs that name no account, per Japanese day, in the region
 * administrator's region: a rising count is someone trying IDs (server/services/auth/sign-in.ts
 * files them under the region they came through).
 */
import 'server-only';
import { and, eq, gte, isNull } from 'drizzle-orm';
import type { UnknownSignInDay } from '@/lib/schemas/audit';
import { japanDate, japanDay } from '@/lib/time/japan-time';
import { auditLog } from '@/server/db/schema';
import { assertRegionAdmin } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export const unknownSignInDays = 14;
const dayMs = 24 * 3_600_000;

export function countUnknownSignInFailures(options: Pick<AdminServiceOptions, 'db' | 'admin' | 'now'>): UnknownSignInDay[] {
  const { db, admin, now = new Date() } = options;
  assertRegionAdmin(admin);
  const days = Array.from({ length: unknownSignInDays }, (_, index) => japanDay(now.getTime() - index * dayMs));
  const oldest = japanDate(days.at(-1) ?? japanDay(now.getTime())).getTime();
  const counts = new Map(days.map((day) => [day, 0]));
  const rows = db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.regionId, admin.region.id),
        eq(auditLog.action, 'auth.signInFailed'),
        isNull(auditLog.actorUserId),
        gte(auditLog.at, oldest),
      ),
    )
    .all();
  for (const { at } of rows) {
    const day = japanDay(at);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}
