import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it } from 'vitest';
import { syncProtocolVersion } from '@/lib/sync/protocol';
import { createCaller } from '@/server/routers/app-router';
import { registerTeam, seedCareTeamWorld, signIn, type CareTeamWorld, type Person } from '@/tests/support/care-team-world';
import { postDocBy, push } from '@/tests/support/sync-docs';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
let patientId: string;

/** Opens sync.stream the way the SSE handler does: one context, and a signal that ends it. */
async function openStream(person: Person, protocolVersion = syncProtocolVersion) {
  const controller = new AbortController();
  const caller = createCaller(world.as(person).ctx, { signal: controller.signal });
  const stream = await caller.sync.stream({ protocolVersion });
  return { iterator: stream[Symbol.asyncIterator](), controller };
}

/** The process-wide emitter behind server/sync/change-feed.ts: a stream that ended must not stay subscribed. */
const feedListeners = () => (globalThis as unknown as { renrakuChangeFeed: EventEmitter }).renrakuChangeFeed.listenerCount('change');

describe('the live stream (sync.stream)', () => {
  beforeEach(async () => {
    const test = openTestDatabase();
    world = await seedCareTeamWorld(test.db);
    await signIn(world, 'nurse', 'doctor');
    patientId = await registerTeam(world, ['doctor']);
    return test.close;
  });

  it('first asks the device to pull, then wakes it on another user’s push, and ends when aborted', async () => {
    const listenersBefore = feedListeners();
    const { iterator, controller } = await openStream('doctor');
    expect(await iterator.next()).toEqual({ done: false, value: { seq: null, collections: null } });

    const notice = iterator.next();
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId)]);
    // No sequence number: the device learns only that there is something to pull, and in which collection.
    expect(await notice).toEqual({ done: false, value: { seq: null, collections: ['posts'] } });

    // A team change wakes it too, for every collection (it decides what each one holds).
    const another = iterator.next();
    await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.caremanager });
    expect(await another).toEqual({ done: false, value: { seq: null, collections: null } });

    const pending = iterator.next();
    expect(feedListeners()).toBe(listenersBefore + 1);
    controller.abort();
    expect(await pending).toMatchObject({ done: true });
    expect(feedListeners()).toBe(listenersBefore);
  });

  it('streams nothing, not even which collection changed, to a caller who is not signed in', async () => {
    const caller = createCaller(openRequest(world.db).ctx, { signal: new AbortController().signal });
    await expectAppError(caller.sync.stream({ protocolVersion: syncProtocolVersion }), 'UNAUTHENTICATED');
  });

  it('tells a client speaking an unsupported protocol to update, before streaming anything', async () => {
    await expectAppError(openStream('doctor', 0), 'CLIENT_OUTDATED');
  });
});
