import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { verifyPassword } from '@/server/auth/password';
import type { Db } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { createUser, type CreateUserInput } from '@/server/services/users/create-user';
import { seedWorld, testPassword, type SeededWorld } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';

let db: Db;
let world: SeededWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  world = await seedWorld(db, []);
  return test.close;
});

const base = (): CreateUserInput & { facilityId: string } => ({
  facilityId: world.facilityId,
  loginId: ' Care-Suzuki ',
  displayName: ' 鈴木 花子 ',
  displayNameKana: ' スズキ ハナコ ',
  profession: 'careManager',
  password: testPassword,
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.code : error),
  );

describe('createUser', () => {
  it('stores a lower-cased login ID, trimmed names and an argon2id hash, and asks for a new password', async () => {
    const { id } = await createUser({ db }, base());
    const row = db.select().from(users).where(eq(users.id, id)).get();
    expect(row).toMatchObject({
      loginId: 'care-suzuki',
      displayName: '鈴木 花子',
      displayNameKana: 'スズキ ハナコ',
      role: 'staff',
      mustChangePassword: true,
      locale: null,
      disabledAt: null,
    });
    expect(await verifyPassword(row?.passwordHash ?? '', testPassword)).toBe(true);
  });

  it('refuses a malformed login ID, a weak password and a taken login ID', async () => {
    expect(await codeOf(createUser({ db }, { ...base(), loginId: 'すずき' }))).toBe('INVALID_INPUT');
    expect(await codeOf(createUser({ db }, { ...base(), loginId: 'ab' }))).toBe('INVALID_INPUT');
    expect(await codeOf(createUser({ db }, { ...base(), password: 'short-1!' }))).toBe('PASSWORD_POLICY');
    await createUser({ db }, base());
    expect(await codeOf(createUser({ db }, { ...base(), loginId: 'CARE-SUZUKI' }))).toBe('CONFLICT');
    expect(db.select().from(users).all()).toHaveLength(1);
  });
});
