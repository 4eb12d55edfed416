/**
 * Creates a staff account. The password must meet the policy; one set by an administrator has to
 * be replaced at first sign-in unless the caller says otherwise (the demo accounts). The slow hash
 * is done first (`prepareUser`), so the insert can join a short synchronous transaction.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors/app-error';
import type { Profession, Role } from '@/lib/domain/roles';
import type { Locale } from '@/lib/i18n/locales';
import { loginIdPattern } from '@/lib/schemas/auth';
import { findPasswordProblems } from '@/lib/schemas/password';
import { hashPassword } from '@/server/auth/password';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { isLoginIdTaken } from './is-login-id-taken';

export interface CreateUserInput {
  loginId: string;
  displayName: string;
  displayNameKana: string;
  profession: Profession;
  role?: Role;
  locale?: Locale | null;
  password: string;
  mustChangePassword?: boolean;
  id?: string;
}

export type PreparedUser = Omit<typeof users.$inferInsert, 'facilityId'>;

export async function prepareUser(input: CreateUserInput): Promise<PreparedUser> {
  const loginId = input.loginId.trim().toLowerCase();
  if (!loginIdPattern.test(loginId)) throw new AppError('INVALID_INPUT', { field: 'loginId' });
  const problems = findPasswordProblems(input.password);
  if (problems.length > 0) throw new AppError('PASSWORD_POLICY', { problems });
  return {
    id: input.id ?? randomUUID(),
    loginId,
    displayName: input.displayName.trim(),
    displayNameKana: input.displayNameKana.trim(),
    profession: input.profession,
    role: input.role ?? 'staff',
    locale: input.locale ?? null,
    passwordHash: await hashPassword(input.password),
    mustChangePassword: input.mustChangePassword ?? true,
  };
}

export function insertUser(db: DbExecutor, facilityId: string, user: PreparedUser): { id: string } {
  if (isLoginIdTaken(db, user.loginId)) throw new AppError('CONFLICT', { field: 'loginId' });
  db.insert(users)
    .values({ ...user, facilityId })
    .run();
  return { id: user.id };
}

export async function createUser({ db }: { db: DbExecutor }, input: CreateUserInput & { facilityId: string }): Promise<{ id: string }> {
  return insertUser(db, input.facilityId, await prepareUser(input));
}
