/**
 * Seeds a region, one facility and some users through the real services. The argon2 hash (~50 ms)
 * is computed once per password per test file and reused: a salted hash is valid for any user.
 */
import { randomUUID } from 'node:crypto';
import type { Profession, Role } from '@/lib/domain/roles';
import type { Db } from '@/server/db/client';
import { createFacility } from '@/server/services/organisation/create-facility';
import { createRegion } from '@/server/services/organisation/create-region';
import { insertUser, prepareUser, type PreparedUser } from '@/server/services/users/create-user';

/** Meets the policy: 13+ characters with letters, digits and symbols. */
export const testPassword = 'Kangoshi-2024-ok!';

export interface UserSeed {
  loginId: string;
  password?: string;
  mustChangePassword?: boolean;
  role?: Role;
  profession?: Profession;
}

export interface SeededUser {
  id: string;
  loginId: string;
  password: string;
}

export interface SeededWorld {
  regionId: string;
  facilityId: string;
  users: Record<string, SeededUser>;
}

const preparedByPassword = new Map<string, Promise<PreparedUser>>();

/** `prepareUser` (policy check and hash), memoised by password; the caller fills in the rest. */
function preparedFor(password: string): Promise<PreparedUser> {
  let prepared = preparedByPassword.get(password);
  if (!prepared) {
    prepared = prepareUser({ loginId: 'template', displayName: 'template', displayNameKana: 'template', profession: 'nurse', password });
    preparedByPassword.set(password, prepared);
  }
  return prepared;
}

export async function seedWorld(db: Db, seeds: UserSeed[] = [{ loginId: 'nurse-sato' }]): Promise<SeededWorld> {
  const region = createRegion({ db }, { name: 'テスト市', prefecture: '東京都', deviceApprovalRequired: false });
  const facility = createFacility({ db }, { regionId: region.id, name: 'テスト訪問看護ステーション', kind: 'visitingNursing' });
  const users: Record<string, SeededUser> = {};
  for (const seed of seeds) {
    const password = seed.password ?? testPassword;
    const template = await preparedFor(password);
    const { id } = insertUser(db, facility.id, {
      ...template,
      id: randomUUID(),
      loginId: seed.loginId.toLowerCase(),
      displayName: `利用者 ${seed.loginId}`,
      displayNameKana: 'リヨウシャ',
      profession: seed.profession ?? 'nurse',
      role: seed.role ?? 'staff',
      mustChangePassword: seed.mustChangePassword ?? false,
    });
    users[seed.loginId] = { id, loginId: seed.loginId.toLowerCase(), password };
  }
  return { regionId: region.id, facilityId: facility.id, users };
}

/** Looks a seeded user up, failing loudly on a typo in a test. */
export function userOf(world: SeededWorld, loginId: string): SeededUser {
  const user = world.users[loginId];
  if (!user) throw new Error(`no seeded user ${loginId}`);
  return user;
}
