import { beforeEach, describe, expect, it } from 'vitest';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { postDocBy, pullAll, push } from '@/tests/support/sync-docs';
import { expectAppError } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor', 'outsider'], ['doctor']));
  return close;
});

describe('archiving a patient', () => {
  it('is for owners; keeps the record readable but closed to new posts; can be undone', async () => {
    await expectAppError(world.as('doctor').caller.patients.setArchived({ patientId, archived: true }), 'FORBIDDEN');
    await expectAppError(world.as('outsider').caller.patients.setArchived({ patientId, archived: true }), 'NOT_FOUND');
    const before = postDocBy(world, 'doctor', patientId, { body: '最終訪問' });
    await push(world, 'doctor', 'posts', [before]);

    const { archivedAt } = await world.as('nurse').caller.patients.setArchived({ patientId, archived: true });
    expect(archivedAt).toBeGreaterThan(0);
    const patient = (await pullAll(world, 'doctor', 'patients')).documents.find((doc) => doc.id === patientId);
    expect(patient?.archivedAt).toBe(archivedAt);
    expect((await pullAll(world, 'doctor', 'posts')).documents.map((doc) => doc.body)).toEqual(['最終訪問']);

    await push(world, 'doctor', 'posts', [postDocBy(world, 'doctor', patientId, { body: '追記' })]);
    expect((await pullAll(world, 'doctor', 'posts')).documents).toHaveLength(1);

    await world.as('nurse').caller.patients.setArchived({ patientId, archived: false });
    await push(world, 'doctor', 'posts', [postDocBy(world, 'doctor', patientId, { body: '再開' })]);
    expect((await pullAll(world, 'doctor', 'posts')).documents).toHaveLength(2);
  });
});
