/** Saves the user's language, so every device of theirs speaks it. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { SetLocaleInput } from '@/lib/schemas/auth';
import type { Db } from '@/server/db/client';
import { users } from '@/server/db/schema';

export function setLocale({ db }: { db: Db }, userId: string, input: SetLocaleInput): { locale: SetLocaleInput['locale'] } {
  db.update(users).set({ locale: input.locale }).where(eq(users.id, userId)).run();
  return { locale: input.locale };
}
