/** A passkey by its credential ID, whoever's it is. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { passkeys } from '@/server/db/schema';

export type PasskeyRow = typeof passkeys.$inferSelect;

export function findPasskey(db: Db, credentialId: string): PasskeyRow | null {
  return db.select().from(passkeys).where(eq(passkeys.id, credentialId)).get() ?? null;
}
