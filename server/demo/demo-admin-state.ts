/**
 * Something on each administrator's screen: two more nurses at みどり訪問看護ステーション — one who
 * mistyped her password until the login ID locked (Staff accounts offers to unlock it), one whose
 * new iPad waits for approval (Devices). The pending facility application and its mail are seeded
 * with the region (seed-demo.ts). Neither nurse is a demo account: they only give the screens content.
 */
import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DbExecutor } from '@/server/db/client';
import { devices, loginAttempts } from '@/server/db/schema';
import { insertUser, type PreparedUser } from '@/server/services/users/create-user';

export const demoLockedOutLoginId = 'kato-miho';
export const demoPendingDeviceLoginId = 'ishii-shota';

/** `template` lends its password hash (the demo password): no second argon2 run at demo start. */
export function seedDemoAdminState(
  tx: DbExecutor,
  nursingStation: string,
  template: PreparedUser,
  failuresToLock: number,
  now = Date.now(),
): void {
  const person = (loginId: string, displayName: string, displayNameKana: string): PreparedUser => ({
    ...template,
    id: randomUUID(),
    loginId,
    displayName,
    displayNameKana,
    profession: 'nurse',
    role: 'staff',
    email: null,
  });
  insertUser(tx, nursingStation, person(demoLockedOutLoginId, '加藤 美穂', 'カトウ ミホ'));
  for (let attempt = 0; attempt < failuresToLock; attempt += 1)
    tx.insert(loginAttempts)
      .values({
        loginId: demoLockedOutLoginId,
        ip: '192.0.2.44',
        outcome: 'failure',
        at: new Date(now - (failuresToLock - attempt) * 20_000),
      })
      .run();

  const owner = person(demoPendingDeviceLoginId, '石井 翔太', 'イシイ ショウタ');
  insertUser(tx, nursingStation, owner);
  const seen = new Date(now - 25 * 60_000);
  tx.insert(devices)
    .values({
      id: randomUUID(),
      userId: owner.id,
      keyHash: createHash('sha256').update(randomBytes(32)).digest(),
      name: 'iPad',
      os: 'iPadOS',
      browser: 'Safari',
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      status: 'pending',
      firstSeenAt: seen,
      lastSeenAt: seen,
      lastIp: '192.0.2.45',
    })
    .run();
}
