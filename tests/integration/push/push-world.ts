/** A care team whose members have turned notifications on, for the push queue's tests. */
import { randomBytes, createECDH } from 'node:crypto';
import type { PushSubscriptionInput } from '@/lib/schemas/notification-settings';
import { pushOutbox } from '@/server/db/schema';
import type { CareTeamWorld, Person } from '@/tests/support/care-team-world';

/** Keys as a browser makes them: a P-256 public key and 16 random bytes, base64url. */
export function browserKeys(): PushSubscriptionInput['keys'] {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

export async function subscribe(world: CareTeamWorld, person: Person, endpoint = `http://127.0.0.1:9/push/${person}`): Promise<void> {
  await world.as(person).caller.notifications.subscribe({ endpoint, keys: browserKeys() });
}

/** The queued pushes as `person: kind`, sorted. */
export function queued(world: CareTeamWorld): string[] {
  const names = new Map(Object.entries(world.ids).map(([person, id]) => [id, person]));
  return world.db
    .select()
    .from(pushOutbox)
    .all()
    .map((row) => `${names.get(row.userId)}: ${row.kind}`)
    .sort();
}
