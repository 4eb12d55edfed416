/** What the security settings show: the app, how many recovery codes are left, the passkeys, and what the policy asks. */
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { passkeys, totpCredentials } from '@/server/db/schema';
import type { SignedIn } from '@/server/services/service-options';
import { countRecoveryCodesLeft } from './recovery-code-set';
import { reauthenticatedUntil } from './reauthentication';
import { policyRequiresSecondFactor, secondFactorDueFor } from './second-factor-due';

export function findSecondFactors(db: Db, signedIn: SignedIn) {
  const userId = signedIn.user.id;
  const totp =
    db.select({ createdAt: totpCredentials.createdAt }).from(totpCredentials).where(eq(totpCredentials.userId, userId)).get() ?? null;
  const keys = db
    .select({
      id: passkeys.id,
      name: passkeys.name,
      createdAt: passkeys.createdAt,
      lastUsedAt: passkeys.lastUsedAt,
      deviceType: passkeys.deviceType,
      backedUp: passkeys.backedUp,
    })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt))
    .all();
  return {
    totp,
    recoveryCodesLeft: countRecoveryCodesLeft(db, userId),
    passkeys: keys,
    policyRequires: policyRequiresSecondFactor(signedIn.user),
    due: secondFactorDueFor(db, signedIn),
    /** Until when factors may be changed without proving it is them again; null: prove it first. */
    reauthenticatedUntil: reauthenticatedUntil(signedIn.session),
  };
}
