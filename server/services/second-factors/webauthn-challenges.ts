/**
 * WebAuthn challenges, kept server-side: each used once, for one purpose, within five minutes.
 * Anyone may ask for one (to sign in with a passkey), so each store first removes the expired
 * ones and an address holds only a few unexpired challenges at a time.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, count, eq, gt, lt } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { DbExecutor } from '@/server/db/client';
import { webauthnChallenges } from '@/server/db/schema';

export const challengeLifetimeMs = 5 * 60_000;
/** Unexpired challenges one address may hold: a few sign-in screens open at once, not a flood. */
export const maxChallengesPerIp = 20;

type Purpose = (typeof webauthnChallenges.$inferSelect)['purpose'];

export function storeChallenge(
  db: DbExecutor,
  input: { challenge: string; userId: string | null; purpose: Purpose; ip: string | null },
  now: Date,
): string {
  const id = randomUUID();
  db.transaction((tx) => {
    tx.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now)).run();
    if (input.ip !== null) {
      const held =
        tx
          .select({ n: count() })
          .from(webauthnChallenges)
          .where(and(eq(webauthnChallenges.ip, input.ip), gt(webauthnChallenges.expiresAt, now)))
          .get()?.n ?? 0;
      if (held >= maxChallengesPerIp) throw new AppError('RATE_LIMITED');
    }
    tx.insert(webauthnChallenges)
      .values({ id, ...input, expiresAt: new Date(now.getTime() + challengeLifetimeMs) })
      .run();
  });
  return id;
}

/** Takes the challenge out (whatever happens next, it cannot be used again); null if unknown, expired or for something else. */
export function consumeChallenge(
  db: DbExecutor,
  id: string,
  purpose: Purpose,
  now: Date,
): { challenge: string; userId: string | null } | null {
  const row = db.delete(webauthnChallenges).where(eq(webauthnChallenges.id, id)).returning().get();
  if (!row || row.purpose !== purpose || row.expiresAt.getTime() <= now.getTime()) return null;
  return { challenge: row.challenge, userId: row.userId };
}
