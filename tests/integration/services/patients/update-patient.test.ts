import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { auditLog, patients } from '@/server/db/schema';
import { patientInput, registerTeam, seedCareTeamWorld, signIn, type CareTeamWorld } from '@/tests/support/care-team-world';
import { pullAll } from '@/tests/support/sync-docs';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  world = await seedCareTeamWorld(test.db);
  await signIn(world, 'nurse', 'doctor', 'outsider');
  return test.close;
});

const patientRow = (id: string) => world.db.select().from(patients).where(eq(patients.id, id)).get();
const auditOf = (action: 'patient.updated' | 'patient.consentRecorded') =>
  world.db.select().from(auditLog).where(eq(auditLog.action, action)).all();

describe('editing a patient’s record (patients.update)', () => {
  it('lets an owner record consent obtained after registration, so other facilities can then join', async () => {
    const patientId = await registerTeam(world, [], { consentObtainedOn: null });
    await expectAppError(world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.doctor }), 'FORBIDDEN');

    const { changed } = await world.as('nurse').caller.patients.update({ ...patientInput, consentObtainedOn: '2026-11-20', patientId });
    expect(changed).toEqual(['consentObtainedOn']);
    expect(patientRow(patientId)).toMatchObject({ consentObtainedOn: '2026-11-20', consentRecordedBy: world.ids.nurse });
    await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.doctor });

    // The team's devices get the change with their next pull.
    const synced = (await pullAll(world, 'doctor', 'patients')).documents.find((doc) => doc.id === patientId);
    expect(synced).toMatchObject({ consentObtainedOn: '2026-11-20', consentRecordedBy: world.ids.nurse });
    expect(auditOf('patient.consentRecorded')).toMatchObject([{ patientId, actorUserId: world.ids.nurse }]);
    expect(verifyAuditChain(world.db).ok).toBe(true);
  });

  it('changes only what differs, logs which fields (not their values), and does nothing for no change', async () => {
    const patientId = await registerTeam(world, ['doctor']);
    const before = patientRow(patientId);
    expect(await world.as('nurse').caller.patients.update({ ...patientInput, patientId })).toEqual({ changed: [] });
    expect(patientRow(patientId)?.seq).toBe(before?.seq);
    expect(auditOf('patient.updated')).toHaveLength(0);

    await world.as('nurse').caller.patients.update({ ...patientInput, patientId, address: 'ケア市9-9-9', keyPersonPhone: '090-1111-2222' });
    expect(patientRow(patientId)).toMatchObject({
      address: 'ケア市9-9-9',
      keyPersonPhone: '090-1111-2222',
      consentRecordedBy: world.ids.nurse,
    });
    expect(patientRow(patientId)?.seq).toBeGreaterThan(before?.seq ?? Infinity);
    const [entry] = auditOf('patient.updated');
    expect(JSON.parse(entry?.details ?? '{}')).toEqual({ fields: ['address', 'keyPersonPhone'] });
    expect(entry?.details).not.toContain('ケア市9-9-9');
  });

  it('keeps consent once recorded', async () => {
    const patientId = await registerTeam(world);
    await expectAppError(
      world.as('nurse').caller.patients.update({ ...patientInput, patientId, consentObtainedOn: null }),
      'INVALID_INPUT',
    );
    expect(patientRow(patientId)?.consentObtainedOn).toBe(patientInput.consentObtainedOn);
  });

  it('is for the team’s owners, and not for an archived record', async () => {
    const patientId = await registerTeam(world, ['doctor']);
    await expectAppError(world.as('doctor').caller.patients.update({ ...patientInput, patientId, phone: '1' }), 'FORBIDDEN');
    await expectAppError(world.as('outsider').caller.patients.update({ ...patientInput, patientId, phone: '1' }), 'NOT_FOUND');
    await world.as('nurse').caller.patients.setArchived({ patientId, archived: true });
    await expectAppError(world.as('nurse').caller.patients.update({ ...patientInput, patientId, phone: '1' }), 'FORBIDDEN');
    expect(patientRow(patientId)?.phone).toBe(patientInput.phone);
  });
});
