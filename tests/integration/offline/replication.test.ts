import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError } from '@/lib/errors/app-error';
import { invalidateUserSessions } from '@/server/auth/session';
import { notYetSynced } from '@/lib/offline/mutators';
import type { Db } from '@/server/db/client';
import { posts } from '@/server/db/schema';
import { openTestDatabase } from '@/tests/support/test-database';
import { removeTeamMember } from '@/server/services/care-teams/remove-team-member';
import { closeDevice, createTeam, newPost, openDevice, serviceOptionsFor, settle, type Device } from './offline-world';

let db: Db;
let close: () => void;
let devices: Device[] = [];

beforeEach(() => {
  ({ db, close } = openTestDatabase());
  devices = [];
});
afterEach(async () => {
  for (const device of devices) await closeDevice(device);
  close();
});

describe('RxDB replication against the real server', () => {
  it('passes on the server’s own error when it refuses the session, not only RxDB’s flattened copy', async () => {
    const { world } = await createTeam(db, ['nurse']);
    const nurse = await openDevice(db, world.users.nurse!.id, 'nurse');
    devices.push(nurse);
    await settle([nurse]);
    const seen = new Promise<unknown>((resolve) => {
      nurse.replication.errors$.subscribe((error) => {
        if (error instanceof TRPCError) resolve(error);
      });
    });
    invalidateUserSessions(db, nurse.userId, 'signedOutEverywhere');
    void nurse.replication.syncNow().catch(() => undefined);
    const error = (await seen) as TRPCError;
    expect(error.code).toBe('UNAUTHORIZED');
    expect((error.cause as AppError).code).toBe('UNAUTHENTICATED');
  });

  it('asked to wait, pulls and pushes nothing until started, then catches up', async () => {
    const { world, patientId } = await createTeam(db, ['nurse', 'doctor']);
    const doctor = await openDevice(db, world.users.doctor!.id, 'doctor');
    devices.push(doctor);
    await doctor.rxdb.posts.insert(newPost(patientId, doctor.userId, '往診予定を変更します。'));
    await settle([doctor]);

    const nurse = await openDevice(db, world.users.nurse!.id, 'nurse', undefined, { deferStart: true });
    devices.push(nurse);
    const pull = vi.spyOn(nurse.transport, 'pull');
    const push = vi.spyOn(nurse.transport, 'push');
    const written = newPost(patientId, nurse.userId, '訪問しました。');
    await nurse.rxdb.posts.insert(written);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pull).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
    expect(await nurse.rxdb.posts.count().exec()).toBe(1);

    nurse.replication.start();
    await nurse.replication.states.posts.awaitInSync();
    expect(pull).toHaveBeenCalled();
    expect((await nurse.rxdb.posts.find().exec()).map((post) => post.body).sort()).toEqual(['往診予定を変更します。', '訪問しました。']);
    expect(
      db
        .select()
        .from(posts)
        .all()
        .map((row) => row.body)
        .sort(),
    ).toEqual(['往診予定を変更します。', '訪問しました。']);
  });

  it('sends a post written on one device and brings it to another, marked synced', async () => {
    const { world, patientId } = await createTeam(db, ['nurse', 'doctor']);
    const nurse = await openDevice(db, world.users.nurse!.id, 'nurse');
    const doctor = await openDevice(db, world.users.doctor!.id, 'doctor');
    devices.push(nurse, doctor);

    const post = newPost(patientId, nurse.userId, '体重 47.6kg、浮腫なし。');
    await nurse.rxdb.posts.insert(post);
    expect((await nurse.rxdb.posts.findOne(post.id).exec())?.updatedAt).toBe(notYetSynced);

    await settle([nurse, doctor]);
    expect(
      db
        .select()
        .from(posts)
        .all()
        .map((row) => row.body),
    ).toEqual(['体重 47.6kg、浮腫なし。']);
    const onDoctor = await doctor.rxdb.posts.findOne(post.id).exec();
    expect(onDoctor?.body).toBe('体重 47.6kg、浮腫なし。');
    expect((await nurse.rxdb.posts.findOne(post.id).exec())?.updatedAt).toBeGreaterThan(0);
    // The patient and its team came down too.
    expect(await doctor.rxdb.patients.findOne(patientId).exec()).toBeTruthy();
    expect(await doctor.rxdb.members.count().exec()).toBe(2);
  });

  it('pulls only the collection a notice names: a post pushed elsewhere brings posts, and a team change everything', async () => {
    const { world, patientId } = await createTeam(db, ['nurse', 'doctor', 'helper']);
    const nurse = await openDevice(db, world.users.nurse!.id, 'nurse');
    const doctor = await openDevice(db, world.users.doctor!.id, 'doctor');
    devices.push(nurse, doctor);
    await settle([nurse, doctor]);
    const pull = vi.spyOn(doctor.transport, 'pull');
    const pulled = () => [...new Set(pull.mock.calls.map(([request]) => request.collection))].sort();

    const post = newPost(patientId, nurse.userId, '訪問しました。');
    await nurse.rxdb.posts.insert(post);
    // Live, as a tablet's: no sync asked for (that pulls everything).
    await vi.waitFor(async () => expect((await doctor.rxdb.posts.findOne(post.id).exec())?.body).toBe('訪問しました。'), {
      timeout: 5_000,
    });
    // Before, every notice made the device pull all eight collections.
    expect(pulled()).toEqual(['posts']);

    pull.mockClear();
    removeTeamMember(serviceOptionsFor(db, world.users.nurse!.id), { patientId, userId: world.users.helper!.id });
    // Every collection this device replicates (a test device opens a few of the eight).
    await vi.waitFor(() => expect(pulled()).toEqual(Object.keys(doctor.replication.states).sort()));
  });

  it('keeps both texts when two devices edited the same post from the same version', async () => {
    const { world, patientId } = await createTeam(db, ['nurse']);
    const first = await openDevice(db, world.users.nurse!.id, 'nurse');
    devices.push(first);
    const post = newPost(patientId, first.userId, '訪問は15時');
    await first.rxdb.posts.insert(post);
    await settle([first]);

    // The same author edits while the server already took another edit of the same revision.
    const serverSide = await first.rxdb.posts.findOne(post.id).exec();
    await first.transport.push({
      protocolVersion: 1,
      collection: 'posts',
      rows: [{ newDocumentState: { ...serverSide!.toJSON(), body: '訪問は16時' }, assumedMasterState: serverSide!.toJSON() }],
    });
    await serverSide!.incrementalPatch({ body: '訪問は17時', updatedAt: 0 });
    await settle([first]);

    const final = await first.rxdb.posts.findOne(post.id).exec();
    expect(final?.body).toBe('訪問は17時');
    expect(final?.history.map((version) => version.body)).toEqual(['訪問は15時', '訪問は16時']);
  });

  it('tells the device which posts the server will not take, so the user can be shown why', async () => {
    const { world, patientId } = await createTeam(db, ['nurse', 'doctor']);
    const refusals: Array<{ collection: string; id: string; reason: string; pushed: Record<string, unknown> }> = [];
    const doctor = await openDevice(db, world.users.doctor!.id, 'doctor', undefined, {
      onRefused: (collection, refused) => refusals.push(...refused.map((refusal) => ({ collection, ...refusal }))),
    });
    devices.push(doctor);
    await settle([doctor]);
    // Taken off the team while the tablet was out: what it wrote since cannot be stored.
    removeTeamMember(serviceOptionsFor(db, world.users.nurse!.id), { patientId, userId: world.users.doctor!.id });
    const post = newPost(patientId, doctor.userId, 'チームを外れた後の記録');
    await doctor.rxdb.posts.insert(post);
    await doctor.replication.states.posts.awaitInSync();
    expect(refusals).toEqual([
      { collection: 'posts', id: post.id, reason: 'noAccess', pushed: expect.objectContaining({ body: post.body }) },
    ]);
    expect(db.select().from(posts).all()).toEqual([]);
    // The device keeps it (nothing the user wrote disappears by itself), marked not sent.
    expect((await doctor.rxdb.posts.findOne(post.id).exec())?.updatedAt).toBe(notYetSynced);
  });
});
