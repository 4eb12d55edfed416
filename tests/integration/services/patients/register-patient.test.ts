import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { auditLog, careTeamMembers, patients } from '@/server/db/schema';
import { patientInput, seedCareTeamWorld, signIn, type CareTeamWorld } from '@/tests/support/care-team-world';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  world = await seedCareTeamWorld(test.db);
  await signIn(world, 'nurse');
  return test.close;
});

describe('registering a patient (patients.register)', () => {
  it('stores the patient in the nurse’s region and facility, with the nurse as the team’s only owner', async () => {
    const { id } = await world.as('nurse').caller.patients.register(patientInput);

    const patient = world.db.select().from(patients).where(eq(patients.id, id)).get();
    expect(patient).toMatchObject({
      name: patientInput.name,
      regionId: world.regionId,
      registeredByFacilityId: world.facilityIds.station,
      registeredBy: world.ids.nurse,
      consentObtainedOn: '2025-01-10',
      consentRecordedBy: world.ids.nurse,
      archivedAt: null,
    });
    expect(patient?.seq).toBeGreaterThan(0);
    const team = world.db.select().from(careTeamMembers).where(eq(careTeamMembers.patientId, id)).all();
    expect(team).toMatchObject([{ userId: world.ids.nurse, role: 'owner', addedBy: world.ids.nurse, removedAt: null }]);

    const audit = world.db.select().from(auditLog).where(eq(auditLog.action, 'patient.registered')).all();
    expect(audit).toMatchObject([{ patientId: id, actorUserId: world.ids.nurse, facilityId: world.facilityIds.station }]);
    expect(verifyAuditChain(world.db).ok).toBe(true);
  });

  it('records no consent recorder when consent has not been obtained', async () => {
    const { id } = await world.as('nurse').caller.patients.register({ ...patientInput, consentObtainedOn: null });
    expect(world.db.select().from(patients).where(eq(patients.id, id)).get()).toMatchObject({
      consentObtainedOn: null,
      consentRecordedBy: null,
    });
  });

  it('gives each registration its own id and a later sequence', async () => {
    const first = await world.as('nurse').caller.patients.register(patientInput);
    const second = await world.as('nurse').caller.patients.register({ ...patientInput, name: '佐藤 次郎', nameKana: 'サトウ ジロウ' });
    expect(second.id).not.toBe(first.id);
    const seqOf = (id: string) => world.db.select({ seq: patients.seq }).from(patients).where(eq(patients.id, id)).get()?.seq ?? 0;
    expect(seqOf(second.id)).toBeGreaterThan(seqOf(first.id));
  });

  it('refuses input that does not match the schema and stores nothing', async () => {
    const error = await world
      .as('nurse')
      .caller.patients.register({ ...patientInput, nameKana: 'Yamada' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect(world.db.select().from(patients).all()).toEqual([]);
  });

  it('refuses a caller who is not signed in', async () => {
    await expectAppError(openRequest(world.db).caller.patients.register(patientInput), 'UNAUTHENTICATED');
    expect(world.db.select().from(patients).all()).toEqual([]);
  });
});
