import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { auditLog, careTeamMembers } from '@/server/db/schema';
import { registerTeam, seedCareTeamWorld, signIn, type CareTeamWorld, type Person } from '@/tests/support/care-team-world';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  world = await seedCareTeamWorld(test.db);
  await signIn(world, 'nurse', 'doctor', 'caremanager');
  return test.close;
});

const membership = (patientId: string, person: Person) =>
  world.db
    .select()
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.patientId, patientId), eq(careTeamMembers.userId, world.ids[person])))
    .get();

describe('removing members from a care team (patients.removeMember)', () => {
  it('keeps the row, marked with who removed the member and when, and audits it', async () => {
    const patientId = await registerTeam(world, ['doctor']);
    const before = membership(patientId, 'doctor');
    const { seq } = await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.doctor });

    expect(seq).toBeGreaterThan(before?.seq ?? Infinity);
    expect(membership(patientId, 'doctor')).toMatchObject({ role: 'member', removedBy: world.ids.nurse, seq, addedAt: before?.addedAt });
    expect(membership(patientId, 'doctor')?.removedAt).toEqual(expect.any(Number));
    const audit = world.db.select().from(auditLog).where(eq(auditLog.action, 'careTeam.memberRemoved')).all();
    expect(audit).toMatchObject([{ patientId, targetId: world.ids.doctor, actorUserId: world.ids.nurse }]);
    expect(verifyAuditChain(world.db).ok).toBe(true);

    // Once removed, the doctor is as good as a stranger to this patient.
    await expectAppError(world.as('doctor').caller.patients.removeMember({ patientId, userId: world.ids.doctor }), 'NOT_FOUND');
  });

  it('refuses to remove the last owner, even when the owner leaves by themselves', async () => {
    const patientId = await registerTeam(world, ['doctor']);
    const error = await expectAppError(world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.nurse }), 'CONFLICT');
    expect(error.details).toEqual({ reason: 'lastOwner' });
    expect(membership(patientId, 'nurse')?.removedAt).toBeNull();
  });

  it('lets an owner leave once another owner remains', async () => {
    const patientId = await registerTeam(world);
    await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.doctor, role: 'owner' });
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.nurse });
    expect(membership(patientId, 'nurse')?.removedAt).not.toBeNull();
    await expectAppError(world.as('doctor').caller.patients.removeMember({ patientId, userId: world.ids.doctor }), 'CONFLICT');
  });

  it('lets a member leave, but not remove someone else', async () => {
    const patientId = await registerTeam(world, ['doctor', 'caremanager']);
    const error = await expectAppError(
      world.as('doctor').caller.patients.removeMember({ patientId, userId: world.ids.caremanager }),
      'FORBIDDEN',
    );
    expect(error.details).toEqual({ reason: 'notOwner' });
    expect(membership(patientId, 'caremanager')?.removedAt).toBeNull();

    await world.as('caremanager').caller.patients.removeMember({ patientId, userId: world.ids.caremanager });
    expect(membership(patientId, 'caremanager')).toMatchObject({ removedBy: world.ids.caremanager });
  });

  it('answers NOT_FOUND for someone who is not (or no longer) a member', async () => {
    const patientId = await registerTeam(world, ['doctor']);
    await expectAppError(world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.caremanager }), 'NOT_FOUND');
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.doctor });
    await expectAppError(world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.doctor }), 'NOT_FOUND');
  });

  it('brings a removed member back when they are added again', async () => {
    const patientId = await registerTeam(world, ['doctor']);
    const removed = await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.doctor });
    const readded = await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.doctor });
    expect(readded.seq).toBeGreaterThan(removed.seq);
    expect(membership(patientId, 'doctor')).toMatchObject({ removedAt: null, removedBy: null, seq: readded.seq });
    await world.as('doctor').caller.patients.removeMember({ patientId, userId: world.ids.doctor });
  });
});
