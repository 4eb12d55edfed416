import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import type { Db } from '@/server/db/client';
import { auditLog, facilities, regions, users } from '@/server/db/schema';
import { bootstrapRegion, type BootstrapRegionInput } from '@/server/services/organisation/bootstrap-region';
import { testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';

const input: BootstrapRegionInput = {
  regionName: 'あおば市',
  prefecture: '宮城県',
  officeName: 'あおば市 地域包括ケア推進課',
  loginId: 'Aoba-Admin',
  displayName: '山田 太郎',
  displayNameKana: 'ヤマダ タロウ',
  password: testPassword,
};

let db: Db;
beforeEach(() => {
  const test = openTestDatabase();
  db = test.db;
  return test.close;
});

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('bootstrapRegion', () => {
  it('creates the region, its office and a region administrator who must change the password', async () => {
    const created = await bootstrapRegion({ db }, input);
    expect(db.select().from(regions).all()).toMatchObject([{ id: created.regionId, name: 'あおば市', prefecture: '宮城県' }]);
    expect(db.select().from(facilities).all()).toMatchObject([
      { id: created.facilityId, regionId: created.regionId, kind: 'municipality' },
    ]);
    const admin = db.select().from(users).where(eq(users.id, created.userId)).get();
    expect(admin).toMatchObject({
      loginId: 'aoba-admin',
      role: 'regionAdmin',
      profession: 'municipalStaff',
      mustChangePassword: true,
      facilityId: created.facilityId,
    });
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(db.select().from(auditLog).all()).toMatchObject([{ action: 'admin.regionAdminCreated', targetId: created.userId }]);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('leaves nothing behind when the password breaks the policy', async () => {
    const error = await appErrorOf(bootstrapRegion({ db }, { ...input, password: 'password' }));
    expect(error.code).toBe('PASSWORD_POLICY');
    expect(db.select().from(regions).all()).toEqual([]);
    expect(db.select().from(facilities).all()).toEqual([]);
    expect(db.select().from(users).all()).toEqual([]);
  });

  it('refuses a login ID already taken, in any case, and rolls the new region back', async () => {
    await bootstrapRegion({ db }, input);
    const error = await appErrorOf(bootstrapRegion({ db }, { ...input, regionName: 'みなと市', loginId: 'AOBA-admin' }));
    expect(error.code).toBe('CONFLICT');
    expect(
      db
        .select()
        .from(regions)
        .all()
        .map((r) => r.name),
    ).toEqual(['あおば市']);
    expect(db.select().from(facilities).all()).toHaveLength(1);
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });
});
