import { beforeEach, describe, expect, it } from 'vitest';
import { syncCollections, syncProtocolVersion } from '@/lib/sync/protocol';
import { posts } from '@/server/db/schema';
import { disableUser, openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { postDocBy, push } from '@/tests/support/sync-docs';
import { expectAppError, openRequest } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor'], ['doctor']));
  return close;
});

const pullInput = (protocolVersion: number) => ({ protocolVersion, collection: 'posts' as const, checkpoint: null, batchSize: 10 });

describe('the sync router', () => {
  it.each([0, syncProtocolVersion + 1])('tells a client speaking protocol %i to update, for pull and push', async (protocolVersion) => {
    const pulled = await expectAppError(world.as('doctor').caller.sync.pull(pullInput(protocolVersion)), 'CLIENT_OUTDATED');
    expect(pulled.details).toMatchObject({ clientVersion: protocolVersion, serverVersion: syncProtocolVersion });
    const rows = [{ newDocumentState: { ...postDocBy(world, 'doctor', patientId) } }];
    await expectAppError(world.as('doctor').caller.sync.push({ protocolVersion, collection: 'posts', rows }), 'CLIENT_OUTDATED');
    expect(world.db.select().from(posts).all()).toEqual([]);
  });

  it('answers the current protocol', async () => {
    expect(await world.as('doctor').caller.sync.pull(pullInput(syncProtocolVersion))).toEqual({ documents: [], checkpoint: null });
  });

  it('refuses pushes to the collections that change only through their own procedures', async () => {
    const patient = { id: patientId, name: '書き換え' };
    for (const collection of ['patients', 'members'] as const) {
      const error = await expectAppError(
        world.as('nurse').caller.sync.push({ protocolVersion: syncProtocolVersion, collection, rows: [{ newDocumentState: patient }] }),
        'FORBIDDEN',
      );
      expect(error.details).toEqual({ reason: 'readOnlyCollection' });
    }
  });

  it('refuses every collection to a caller who is not signed in', async () => {
    for (const collection of syncCollections) {
      await expectAppError(openRequest(world.db).caller.sync.pull({ ...pullInput(syncProtocolVersion), collection }), 'UNAUTHENTICATED');
    }
    const rows = [{ newDocumentState: { ...postDocBy(world, 'doctor', patientId) } }];
    await expectAppError(
      openRequest(world.db).caller.sync.push({ protocolVersion: syncProtocolVersion, collection: 'posts', rows }),
      'UNAUTHENTICATED',
    );
    expect(world.db.select().from(posts).all()).toEqual([]);
  });

  it('ends the session of a user who was disabled, so their device can neither pull nor push', async () => {
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId)]);
    expect((await world.as('doctor').caller.sync.pull(pullInput(syncProtocolVersion))).documents).toHaveLength(1);

    disableUser(world, 'doctor');
    const error = await expectAppError(world.as('doctor').caller.sync.pull(pullInput(syncProtocolVersion)), 'UNAUTHENTICATED');
    expect(error.details).toEqual({ reason: 'disabled' });
    await expectAppError(push(world, 'doctor', 'posts', [postDocBy(world, 'doctor', patientId)]), 'UNAUTHENTICATED');
    expect(world.db.select().from(posts).all()).toHaveLength(1);
  });
});
