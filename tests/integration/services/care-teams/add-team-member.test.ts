import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, careTeamMembers } from '@/server/db/schema';
import { disableUser, registerTeam, seedCareTeamWorld, signIn, type CareTeamWorld } from '@/tests/support/care-team-world';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  world = await seedCareTeamWorld(test.db);
  await signIn(world, 'nurse', 'doctor');
  return test.close;
});

const teamOf = (patientId: string) =>
  world.db
    .select({ userId: careTeamMembers.userId, role: careTeamMembers.role, removedAt: careTeamMembers.removedAt })
    .from(careTeamMembers)
    .where(eq(careTeamMembers.patientId, patientId))
    .all();

const addedAudit = () => world.db.select().from(auditLog).where(eq(auditLog.action, 'careTeam.memberAdded')).all();

describe('adding members to a care team (patients.addMember)', () => {
  it('lets the owner add the doctor and the care manager from other facilities once consent is on file', async () => {
    const patientId = await registerTeam(world);
    const first = await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.doctor });
    const second = await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.caremanager, role: 'member' });

    expect(second.seq).toBeGreaterThan(first.seq);
    expect(teamOf(patientId)).toEqual(
      expect.arrayContaining([
        { userId: world.ids.nurse, role: 'owner', removedAt: null },
        { userId: world.ids.doctor, role: 'member', removedAt: null },
        { userId: world.ids.caremanager, role: 'member', removedAt: null },
      ]),
    );
    expect(addedAudit().map((row) => [row.patientId, row.targetId, row.actorUserId])).toEqual([
      [patientId, world.ids.doctor, world.ids.nurse],
      [patientId, world.ids.caremanager, world.ids.nurse],
    ]);
  });

  it('refuses a user of another facility while the patient has not consented, but takes a colleague of the same facility', async () => {
    const patientId = await registerTeam(world, [], { consentObtainedOn: null });
    const error = await expectAppError(world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.doctor }), 'FORBIDDEN');
    expect(error.details).toEqual({ reason: 'consentRequired' });

    await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.outsider });
    expect(
      teamOf(patientId)
        .map((row) => row.userId)
        .sort(),
    ).toEqual([world.ids.nurse, world.ids.outsider].sort());
  });

  it('refuses a user of another region, even with consent', async () => {
    const patientId = await registerTeam(world);
    const error = await expectAppError(world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.stranger }), 'FORBIDDEN');
    expect(error.details).toEqual({ reason: 'otherRegion' });
    expect(teamOf(patientId)).toHaveLength(1);
  });

  it('refuses a disabled user and an unknown user id', async () => {
    const patientId = await registerTeam(world);
    disableUser(world, 'caremanager');
    const inactive = await expectAppError(
      world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.caremanager }),
      'FORBIDDEN',
    );
    expect(inactive.details).toEqual({ reason: 'inactive' });
    await expectAppError(world.as('nurse').caller.patients.addMember({ patientId, userId: 'no-such-user' }), 'NOT_FOUND');
    expect(teamOf(patientId)).toHaveLength(1);
  });

  it('does not let a member who is not an owner add anyone', async () => {
    const patientId = await registerTeam(world, ['doctor']);
    const error = await expectAppError(
      world.as('doctor').caller.patients.addMember({ patientId, userId: world.ids.caremanager }),
      'FORBIDDEN',
    );
    expect(error.details).toEqual({ reason: 'notOwner' });
    expect(teamOf(patientId)).toHaveLength(2);
  });

  it('answers NOT_FOUND to someone not on the team, so the patient’s existence does not leak', async () => {
    const patientId = await registerTeam(world);
    await signIn(world, 'outsider', 'stranger');
    await expectAppError(world.as('outsider').caller.patients.addMember({ patientId, userId: world.ids.outsider }), 'NOT_FOUND');
    await expectAppError(world.as('stranger').caller.patients.addMember({ patientId, userId: world.ids.stranger }), 'NOT_FOUND');
    await expectAppError(world.as('doctor').caller.patients.addMember({ patientId, userId: world.ids.doctor }), 'NOT_FOUND');
    expect(teamOf(patientId)).toHaveLength(1);
  });

  it('treats adding a current member again as a no-op, and a new role as a change', async () => {
    const patientId = await registerTeam(world, ['doctor']);
    expect(await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.doctor })).toEqual({ seq: 0 });
    expect(addedAudit()).toHaveLength(1);

    const promoted = await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.doctor, role: 'owner' });
    expect(promoted.seq).toBeGreaterThan(0);
    const doctorRow = world.db
      .select()
      .from(careTeamMembers)
      .where(and(eq(careTeamMembers.patientId, patientId), eq(careTeamMembers.userId, world.ids.doctor)))
      .get();
    expect(doctorRow).toMatchObject({ role: 'owner', seq: promoted.seq });
    // Now an owner, the doctor may add people too.
    await world.as('doctor').caller.patients.addMember({ patientId, userId: world.ids.caremanager });
    expect(teamOf(patientId)).toHaveLength(3);
  });

  it('lists the region’s active users as the directory to add from', async () => {
    disableUser(world, 'outsider');
    const directory = await world.as('nurse').caller.patients.directory();
    expect(directory.map((entry) => entry.id).sort()).toEqual([world.ids.doctor, world.ids.nurse, world.ids.caremanager].sort());
    expect(directory.find((entry) => entry.id === world.ids.doctor)).toMatchObject({
      profession: 'doctor',
      facilityId: world.facilityIds.clinic,
      facilityKind: 'clinic',
    });
    expect(JSON.stringify(directory)).not.toContain('password');
  });
});
