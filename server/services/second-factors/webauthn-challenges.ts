/** WebAuthn challenges, kept server-side: each used once, for one purpose, within five minutes. */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { webauthnChallenges } from '@/server/db/schema';

export const challengeLifetimeMs = 5 * 60_000;

type Purpose = (typeof webauthnChallenges.$inferSelect)['purpose'];

export function storeChallenge(db: DbExecutor, input: { challenge: string; userId: string | null; purpose: Purpose }, now: Date): string {
  const id = randomUUID();
  db.transaction((tx) => {
    tx.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now)).run();
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
