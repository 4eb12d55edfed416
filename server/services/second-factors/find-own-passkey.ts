/** One of the signed-in user's own passkeys; NOT_FOUND for anyone else's. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { passkeys } from '@/server/db/schema';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export function findOwnPasskey(db: AuthServiceOptions['db'], signedIn: SignedIn, id: string) {
  const row = db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.id, id), eq(passkeys.userId, signedIn.user.id)))
    .get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
