/**
 * Who may manage whose account and devices, in one rule that every staff, device and
 * second-factor-reset service asks. A facility administrator reaches the accounts of their own
 * facility, a region administrator those of every facility in their region. A region
 * administrator's account is managed only by another region administrator of the region (or the
 * admin CLI): it belongs to a facility (the region office) whose facility administrator must not
 * be able to take it over. Nobody resets their own password or second factors, or disables
 * themselves, this way: that would let a stolen session lock its owner out.
 */
import 'server-only';
import { and, eq, ne, type SQL } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { Role } from '@/lib/domain/roles';
import type { Db } from '@/server/db/client';
import { facilities, users } from '@/server/db/schema';
import { findUserRecord, type UserRecord } from '@/server/db/user-record';

/** What an administrator does to an account: `view` lists it, the rest change it or its devices. */
export const staffActions = ['view', 'edit', 'resetPassword', 'resetSecondFactors', 'disable', 'unlock', 'manageDevice'] as const;
export type StaffAction = (typeof staffActions)[number];

export type StaffRefusal = 'notAdmin' | 'otherFacility' | 'otherRegion' | 'regionAdmin' | 'self';
export type StaffDecision = { allowed: true } | { allowed: false; reason: StaffRefusal };

type Admin = Pick<UserRecord, 'id' | 'role' | 'facility' | 'region'>;

/** The facts of the account acted on. */
export interface StaffFacts {
  id: string;
  role: Role;
  facilityId: string;
  regionId: string;
}

/** Actions nobody takes on their own account here: the account's owner has their own screens. */
const notOnOneself: ReadonlySet<StaffAction> = new Set(['resetPassword', 'resetSecondFactors', 'disable']);

/** Whether the facility (of a new or listed account) is within the administrator's reach. */
export function decideStaffReach(
  admin: Pick<Admin, 'role' | 'facility' | 'region'>,
  where: { facilityId: string; regionId: string },
): StaffDecision {
  if (admin.role === 'regionAdmin')
    return where.regionId === admin.region.id ? { allowed: true } : { allowed: false, reason: 'otherRegion' };
  if (admin.role === 'facilityAdmin')
    return where.facilityId === admin.facility.id ? { allowed: true } : { allowed: false, reason: 'otherFacility' };
  return { allowed: false, reason: 'notAdmin' };
}

export function decideStaffManagement(admin: Admin, target: StaffFacts, action: StaffAction): StaffDecision {
  const reach = decideStaffReach(admin, target);
  if (!reach.allowed) return reach;
  if (action !== 'view' && target.role === 'regionAdmin' && admin.role !== 'regionAdmin') return { allowed: false, reason: 'regionAdmin' };
  if (target.id === admin.id && notOnOneself.has(action)) return { allowed: false, reason: 'self' };
  return { allowed: true };
}

export function staffFactsOf(user: Pick<UserRecord, 'id' | 'role' | 'facility' | 'region'>): StaffFacts {
  return { id: user.id, role: user.role, facilityId: user.facility.id, regionId: user.region.id };
}

/**
 * The account to act on. NOT_FOUND for one outside the administrator's reach (its existence is not
 * theirs to know); FORBIDDEN, with the reason, for one they can see but not do this to.
 */
export function findManageableStaff(db: Db, admin: UserRecord, userId: string, action: StaffAction): UserRecord {
  const target = findUserRecord(db, { id: userId });
  if (!target) throw new AppError('NOT_FOUND');
  const decision = decideStaffManagement(admin, staffFactsOf(target), action);
  if (decision.allowed) return target;
  if (decision.reason === 'regionAdmin' || decision.reason === 'self') throw new AppError('FORBIDDEN', { reason: decision.reason });
  throw new AppError('NOT_FOUND');
}

/** Nobody changes their own role (an administrator cannot demote the last one of them by accident, or promote themselves). */
export function assertRoleChangeAllowed(admin: Pick<UserRecord, 'id'>, target: Pick<UserRecord, 'id' | 'role'>, nextRole: Role): void {
  if (target.id === admin.id && nextRole !== target.role) throw new AppError('FORBIDDEN', { reason: 'self' });
}

/**
 * The rule's SQL twin for lists of what an administrator may act on (their staff's devices): over
 * `users` joined to `facilities`. A facility administrator's list leaves out region administrators.
 */
export function manageableAccountsSql(admin: Pick<Admin, 'role' | 'facility' | 'region'>): SQL {
  if (admin.role === 'regionAdmin') return eq(facilities.regionId, admin.region.id);
  if (admin.role === 'facilityAdmin') return and(eq(facilities.id, admin.facility.id), ne(users.role, 'regionAdmin')) as SQL;
  throw new AppError('FORBIDDEN');
}
