/** A team always keeps an owner, or nobody could manage or archive it any more. */
import 'server-only';
import { and, count, eq, isNull } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { DbExecutor } from '@/server/db/client';
import { careTeamMembers } from '@/server/db/schema';

/** Throws CONFLICT when the owner about to step down (or leave) is the team's last. */
export function assertAnotherOwner(db: DbExecutor, patientId: string): void {
  const owners = db
    .select({ n: count() })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.patientId, patientId), eq(careTeamMembers.role, 'owner'), isNull(careTeamMembers.removedAt)))
    .get();
  if ((owners?.n ?? 0) <= 1) throw new AppError('CONFLICT', { reason: 'lastOwner' });
}
