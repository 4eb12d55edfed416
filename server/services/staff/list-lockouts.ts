/**
 * Who among an administrator's staff cannot sign in because of failures at their login ID, until
 * when, and from which addresses the failures came: anyone can lock an ID, so the administrator
 * should see it (and may lift it, or leave it while it looks like an attack).
 */
import 'server-only';
import { and, count, eq, gt } from 'drizzle-orm';
import type { LockoutView } from '@/lib/schemas/staff';
import { findLoginIdLock } from '@/server/auth/login-attempts';
import type { ThrottlePolicy } from '@/server/auth/login-throttle';
import { facilities, loginAttempts, users } from '@/server/db/schema';
import { manageableAccountsSql } from '@/server/policy/staff-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function listLockouts(options: Pick<AdminServiceOptions, 'db' | 'admin' | 'now'>, policy: ThrottlePolicy): LockoutView[] {
  const { db, admin, now = new Date() } = options;
  // Only IDs with enough failures in the window can be locked; each is then judged as sign-in judges it.
  const candidates = db
    .select({ id: users.id, loginId: users.loginId, displayName: users.displayName, facilityName: facilities.name })
    .from(loginAttempts)
    .innerJoin(users, eq(users.loginId, loginAttempts.loginId))
    .innerJoin(facilities, eq(facilities.id, users.facilityId))
    .where(
      and(
        manageableAccountsSql(admin),
        eq(loginAttempts.outcome, 'failure'),
        gt(loginAttempts.at, new Date(now.getTime() - policy.windowMs)),
      ),
    )
    .groupBy(users.id)
    .having(({ id }) => gt(count(id), policy.maxFailuresPerLoginId - 1))
    .all();
  return candidates.flatMap((user) => {
    const lock = findLoginIdLock(db, user.loginId, policy, now);
    if (!lock) return [];
    const byIp = new Map<string, { ip: string; failures: number; lastAt: Date }>();
    for (const failure of lock.failures) {
      const seen = byIp.get(failure.ip);
      if (seen) seen.failures += 1;
      else byIp.set(failure.ip, { ip: failure.ip, failures: 1, lastAt: new Date(failure.at) });
    }
    return [
      {
        userId: user.id,
        loginId: user.loginId,
        displayName: user.displayName,
        facilityName: user.facilityName,
        until: new Date(lock.until),
        addresses: [...byIp.values()],
      },
    ];
  });
}
