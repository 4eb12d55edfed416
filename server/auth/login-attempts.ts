/** Reads and records sign-in attempts for the throttle. */
import 'server-only';
import { and, desc, eq, gt, gte } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { loginAttempts } from '@/server/db/schema';
import type { RecentFailures } from './login-throttle';

type Outcome = (typeof loginAttempts.$inferInsert)['outcome'];

export function recordLoginAttempt(db: Db, attempt: { loginId: string; ip: string; outcome: Outcome }, now: Date): void {
  db.insert(loginAttempts).values({ ...attempt, at: now }).run();
}

export function findRecentFailures(db: Db, key: { loginId: string; ip: string }, windowMs: number, now: Date): RecentFailures {
  const since = new Date(now.getTime() - windowMs);
  const lastSuccess = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.loginId, key.loginId), eq(loginAttempts.outcome, 'success'), gte(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(1)
    .get();
  const loginSince = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const byLoginId = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.loginId, key.loginId), eq(loginAttempts.outcome, 'failure'), gt(loginAttempts.at, loginSince)))
    .all();
  const byIp = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, key.ip), eq(loginAttempts.outcome, 'failure'), gt(loginAttempts.at, since)))
    .all();
  return { byLoginId: byLoginId.map((r) => r.at.getTime()), byIp: byIp.map((r) => r.at.getTime()) };
}
