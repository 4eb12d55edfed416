/**
 * A region with three facilities and the people around one patient, plus a user of another
 * region. `signIn` signs people in through the real auth router; `world.as(person)` then opens
 * a request with their session cookie.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Profession } from '@/lib/domain/roles';
import type { PatientFields } from '@/lib/schemas/patient';
import type { Db } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { createFacility } from '@/server/services/organisation/create-facility';
import { createRegion } from '@/server/services/organisation/create-region';
import { insertUser, prepareUser, type PreparedUser } from '@/server/services/users/create-user';
import { testPassword } from './seed';
import { openTestDatabase } from './test-database';
import { openRequest, signInCookie, type TestRequest } from './trpc-harness';

/** nurse and outsider work at the station; the stranger in another region. */
export const people = {
  doctor: { facility: 'clinic', profession: 'doctor' },
  nurse: { facility: 'station', profession: 'nurse' },
  caremanager: { facility: 'otherStation', profession: 'careManager' },
  outsider: { facility: 'station', profession: 'nurse' },
  stranger: { facility: 'farAway', profession: 'nurse' },
} as const satisfies Record<string, { facility: string; profession: Profession }>;

export type Person = keyof typeof people;
type FacilityName = (typeof people)[Person]['facility'];

export interface CareTeamWorld {
  db: Db;
  regionId: string;
  otherRegionId: string;
  facilityIds: Record<FacilityName, string>;
  ids: Record<Person, string>;
  /** Session cookies of those signed in (see signIn). */
  cookies: Map<Person, string>;
  /** A fresh request (its own context) signed in as this person. */
  as(person: Person): TestRequest;
}

let template: Promise<PreparedUser> | null = null;

export async function seedCareTeamWorld(db: Db): Promise<CareTeamWorld> {
  template ??= prepareUser({
    loginId: 'template',
    displayName: 'template',
    displayNameKana: 'テンプレート',
    profession: 'nurse',
    password: testPassword,
  });
  const prepared = await template;
  // Device approval is off here as in the demo; tests of the rule turn it on.
  const regionId = createRegion({ db }, { name: 'ケア市', prefecture: '東京都', deviceApprovalRequired: false }).id;
  const otherRegionId = createRegion({ db }, { name: '遠方町', prefecture: '北海道', deviceApprovalRequired: false }).id;
  const facilityIds: Record<FacilityName, string> = {
    clinic: createFacility({ db }, { regionId, name: 'ケア市クリニック', kind: 'clinic' }).id,
    station: createFacility({ db }, { regionId, name: 'ケア訪問看護ステーション', kind: 'visitingNursing' }).id,
    otherStation: createFacility({ db }, { regionId, name: 'みどり訪問看護ステーション', kind: 'visitingNursing' }).id,
    farAway: createFacility({ db }, { regionId: otherRegionId, name: '遠方訪問看護', kind: 'visitingNursing' }).id,
  };
  const ids = {} as Record<Person, string>;
  for (const [person, { facility, profession }] of Object.entries(people) as Array<[Person, (typeof people)[Person]]>) {
    ids[person] = insertUser(db, facilityIds[facility], {
      ...prepared,
      id: randomUUID(),
      loginId: person,
      displayName: `テスト ${person}`,
      displayNameKana: 'テスト',
      profession,
      mustChangePassword: false,
    }).id;
  }
  const cookies = new Map<Person, string>();
  const world: CareTeamWorld = {
    db,
    regionId,
    otherRegionId,
    facilityIds,
    ids,
    cookies,
    as: (person) => {
      const cookie = cookies.get(person);
      if (!cookie) throw new Error(`${person} is not signed in: await signIn(world, '${person}') first`);
      return openRequest(db, { cookie });
    },
  };
  return world;
}

/** Signs people in through auth.signIn (argon2, ~50 ms each), so `world.as(person)` works. */
export async function signIn(world: CareTeamWorld, ...persons: Person[]): Promise<void> {
  for (const person of persons) world.cookies.set(person, await signInCookie(world.db, person, testPassword));
}

export function disableUser(world: CareTeamWorld, person: Person): void {
  world.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, world.ids[person])).run();
}

export const patientInput: PatientFields = {
  name: '山田 花子',
  nameKana: 'ヤマダ ハナコ',
  birthDate: '1938-04-01',
  sex: 'female',
  address: 'ケア市1-2-3',
  phone: '03-0000-0000',
  keyPersonName: '山田 一郎',
  keyPersonRelation: '長男',
  keyPersonPhone: '090-0000-0000',
  notes: '',
  consentObtainedOn: '2025-01-10',
};

/** The nurse registers a patient (consent on file unless overridden) and adds the given members. */
export async function registerTeam(world: CareTeamWorld, members: Person[] = [], fields: Partial<PatientFields> = {}): Promise<string> {
  const { id } = await world.as('nurse').caller.patients.register({ ...patientInput, ...fields });
  for (const person of members) await world.as('nurse').caller.patients.addMember({ patientId: id, userId: world.ids[person] });
  return id;
}

/** A fresh database with the world seeded, `signedIn` signed in, and a patient whose team the nurse owns with `members`. */
export async function openTeamWorld(
  signedIn: Person[],
  members: Person[],
): Promise<{ world: CareTeamWorld; patientId: string; close: () => void }> {
  const test = openTestDatabase();
  const world = await seedCareTeamWorld(test.db);
  await signIn(world, ...signedIn);
  return { world, patientId: await registerTeam(world, members), close: test.close };
}
