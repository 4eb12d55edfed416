/** Administrators must have a second factor: the demo ones get an authenticator app with a known key. */
import 'server-only';
import { parseTotpSecret } from '@/server/auth/totp';
import type { DbExecutor } from '@/server/db/client';
import { totpCredentials } from '@/server/db/schema';
import { demoTotpKeys } from './demo-totp-keys';

export function seedDemoSecondFactors(tx: DbExecutor, users: { id: string; loginId: string }[], now: Date = new Date()): void {
  for (const user of users) {
    const key = demoTotpKeys[user.loginId];
    const secret = key ? parseTotpSecret(key) : null;
    if (secret)
      tx.insert(totpCredentials)
        .values({ userId: user.id, secret: Buffer.from(secret), lastUsedStep: null, createdAt: now })
        .run();
  }
}
