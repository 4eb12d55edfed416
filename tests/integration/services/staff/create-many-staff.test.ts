/** Many staff accounts at once (staff.createMany), through the tRPC API against real SQLite. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, users } from '@/server/db/schema';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { expectAppError, openRequest, signInCookie } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
const stationAdmin = async () => openRequest(world.db, { cookie: await signInCookie(world.db, 'station-admin', testPassword) }).caller;

beforeEach(async () => {
  let close: () => void;
  ({ world, close } = await openTeamWorld(['nurse'], []));
  const prepared = await prepareUser({
    loginId: 'station-admin',
    displayName: '管理 太郎',
    displayNameKana: 'カンリ',
    profession: 'clerk',
    password: testPassword,
    role: 'facilityAdmin',
    mustChangePassword: false,
  });
  insertUser(world.db, world.facilityIds.station, { ...prepared, id: randomUUID() });
  return close;
});

const accounts = [
  { displayName: '佐藤 由美', displayNameKana: 'サトウ ユミ', loginId: 'sato-yumi', profession: 'nurse' as const },
  { displayName: '加藤 健', displayNameKana: 'カトウ ケン', loginId: 'kato-ken', profession: 'pt' as const },
];

describe('creating many staff accounts (staff.createMany)', () => {
  it('creates them all in the administrator’s facility, each with its own temporary password to change at first sign-in', async () => {
    const created = await (await stationAdmin()).staff.createMany({ accounts });
    expect(created.map(({ loginId, displayName }) => ({ loginId, displayName }))).toEqual([
      { loginId: 'sato-yumi', displayName: '佐藤 由美' },
      { loginId: 'kato-ken', displayName: '加藤 健' },
    ]);
    expect(new Set(created.map((account) => account.temporaryPassword)).size).toBe(2);
    for (const account of created) {
      expect(world.db.select().from(users).where(eq(users.id, account.id)).get()).toMatchObject({
        facilityId: world.facilityIds.station,
        role: 'staff',
        mustChangePassword: true,
      });
      const me = await openRequest(world.db, {
        cookie: await signInCookie(world.db, account.loginId, account.temporaryPassword),
      }).caller.auth.me();
      expect(me.user?.mustChangePassword).toBe(true);
    }
    expect(world.db.select().from(auditLog).where(eq(auditLog.action, 'staff.created')).all()).toHaveLength(2);
  });

  it('creates none when a login ID is taken or given twice, and names each such ID', async () => {
    const admin = await stationAdmin();
    const refused = await expectAppError(
      admin.staff.createMany({ accounts: [...accounts, { ...accounts[0]!, loginId: 'nurse' }, { ...accounts[1]!, displayName: '別人' }] }),
      'CONFLICT',
    );
    expect(refused.details).toEqual({ field: 'loginId', loginIds: ['nurse', 'kato-ken'] });
    expect(world.db.select().from(users).where(eq(users.loginId, 'sato-yumi')).get()).toBeUndefined();
  });

  it('is for administrators only, and takes at most 100 accounts', async () => {
    await expectAppError(world.as('nurse').caller.staff.createMany({ accounts }), 'FORBIDDEN');
    const tooMany = Array.from({ length: 101 }, (_, index) => ({ ...accounts[0]!, loginId: `user-${index}` }));
    await expect((await stationAdmin()).staff.createMany({ accounts: tooMany })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
