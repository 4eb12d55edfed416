/**
 * The care-team world with its administrators: a region administrator (with an email, at the
 * clinic), the station's facility administrator, and a region administrator of the other region.
 * The region's portal is /join/care. `asAdmin(loginId)` signs one in.
 */
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Role } from '@/lib/domain/roles';
import type { FacilityApplicationInput } from '@/lib/schemas/application';
import { regions, users } from '@/server/db/schema';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { openTeamWorld, type CareTeamWorld } from './care-team-world';
import { testPassword } from './seed';
import { openRequest, signInCookie } from './trpc-harness';

export const regionAdminEmail = 'admin@care.example.jp';

export interface RegionWorld {
  world: CareTeamWorld;
  patientId: string;
  close: () => void;
  asAdmin: (loginId: 'region-admin' | 'station-admin' | 'far-admin') => Promise<ReturnType<typeof openRequest>['caller']>;
}

async function addAdmin(world: CareTeamWorld, facilityId: string, loginId: string, role: Role, email: string | null): Promise<void> {
  const prepared = await prepareUser({
    loginId,
    displayName: `管理 ${loginId}`,
    displayNameKana: 'カンリ',
    profession: 'clerk',
    password: testPassword,
    role,
    mustChangePassword: false,
  });
  insertUser(world.db, facilityId, { ...prepared, id: randomUUID(), email });
}

export async function openRegionWorld(): Promise<RegionWorld> {
  const { world, patientId, close } = await openTeamWorld(['nurse', 'doctor', 'stranger'], ['doctor']);
  world.db.update(regions).set({ slug: 'care' }).where(eq(regions.id, world.regionId)).run();
  world.db.update(regions).set({ slug: 'far' }).where(eq(regions.id, world.otherRegionId)).run();
  await addAdmin(world, world.facilityIds.clinic, 'region-admin', 'regionAdmin', regionAdminEmail);
  await addAdmin(world, world.facilityIds.station, 'station-admin', 'facilityAdmin', 'station@care.example.jp');
  await addAdmin(world, world.facilityIds.farAway, 'far-admin', 'regionAdmin', null);
  return {
    world,
    patientId,
    close,
    asAdmin: async (loginId) => openRequest(world.db, { cookie: await signInCookie(world.db, loginId, testPassword) }).caller,
  };
}

export function userByLoginId(world: CareTeamWorld, loginId: string) {
  return world.db.select().from(users).where(eq(users.loginId, loginId)).get();
}

/** A valid application; its password meets the policy. */
export function applicationInput(overrides: Partial<FacilityApplicationInput> = {}): FacilityApplicationInput {
  return {
    facilityName: 'あおぞら訪問看護ステーション',
    facilityNameKana: 'あおぞらほうもんかんごすてーしょん',
    prefecture: '東京都',
    municipality: 'ケア市',
    kind: 'visitingNursing',
    contactFamilyName: '山本',
    contactGivenName: '花',
    contactFamilyNameKana: 'ヤマモト',
    contactGivenNameKana: 'ハナ',
    profession: 'nurse',
    email: 'yamamoto@aozora.example.jp',
    emailConfirm: 'yamamoto@aozora.example.jp',
    loginId: 'aozora-admin',
    password: 'Aozora-Station-2026!',
    agreedToTerms: true,
    ...overrides,
  };
}

/** Awaits a call whose input the procedure's zod schema refuses (the client sees INVALID_INPUT). */
export async function expectInputRefused(call: Promise<unknown>): Promise<void> {
  const error: unknown = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'expected the input to be refused, but the call succeeded').toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe('BAD_REQUEST');
}
