/**
 * The live stream (server/services/sync/stream-notices.ts) through sync.stream, against real
 * SQLite: it passes on only notices about patients its user may read, closes as soon as its
 * session or device is ended, re-checks its session periodically, and a user holds at most
 * maxStreamsPerUser streams (a new one closes the oldest).
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { syncProtocolVersion } from '@/lib/sync/protocol';
import { sessions } from '@/server/db/schema';
import { createCaller } from '@/server/routers/app-router';
import { resolveSession } from '@/server/services/auth/resolve-session';
import { streamNotices } from '@/server/services/sync/stream-notices';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { maxStreamsPerUser, openStreamCount } from '@/server/sync/stream-registry';
import { openTeamWorld, registerTeam, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { postDocBy, push } from '@/tests/support/sync-docs';
import { expectAppError, openRequest, signInOnDevice, testAuthConfig } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
let patientId: string;
const opened: AbortController[] = [];

beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'outsider'], ['doctor']));
  return () => {
    for (const controller of opened.splice(0)) controller.abort();
    close();
  };
});

/** Opens sync.stream with this cookie as the SSE handler does, and reads past the first notice (pull at start). */
async function openStream(cookie: string) {
  const controller = new AbortController();
  opened.push(controller);
  const caller = createCaller(openRequest(world.db, { cookie }).ctx, { signal: controller.signal });
  const iterator = (await caller.sync.stream({ protocolVersion: syncProtocolVersion }))[Symbol.asyncIterator]();
  expect(await iterator.next()).toEqual({ done: false, value: { seq: null, collections: null } });
  return { iterator, controller };
}

const callerOf = (cookie: string) => openRequest(world.db, { cookie }).caller;
/** What a pending read gives within a moment, or 'nothing' (a notice not sent). */
const within = <T>(read: Promise<T>, ms = 150) =>
  Promise.race([read, new Promise<'nothing'>((resolve) => setTimeout(() => resolve('nothing'), ms))]);

async function addAdmin(facilityId: string, loginId: string): Promise<string> {
  const prepared = await prepareUser({
    loginId,
    displayName: `管理 ${loginId}`,
    displayNameKana: 'カンリ',
    profession: 'clerk',
    password: testPassword,
    role: 'facilityAdmin',
    mustChangePassword: false,
  });
  insertUser(world.db, facilityId, { ...prepared, id: randomUUID() });
  return (await signInOnDevice(world.db, loginId, testPassword)).cookie;
}

describe('what the stream passes on', () => {
  it('sends no notice about a patient whose team the user is not on, and one about a patient they are', async () => {
    const outsider = await signInOnDevice(world.db, 'outsider', testPassword);
    const doctor = await signInOnDevice(world.db, 'doctor', testPassword);
    const outsiderStream = await openStream(outsider.cookie);
    const doctorStream = await openStream(doctor.cookie);

    const outsiderNext = outsiderStream.iterator.next();
    const doctorNext = doctorStream.iterator.next();
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId)]);
    expect(await doctorNext).toEqual({ done: false, value: { seq: null, collections: ['posts'] } });
    expect(await within(outsiderNext)).toBe('nothing');

    // A patient the outsider is on the team of does reach them.
    await registerTeam(world, ['outsider']);
    expect(await within(outsiderNext)).toEqual({ done: false, value: { seq: null, collections: null } });
  });

  it('tells one removed from a team, so the device pulls the deletions, but not afterwards', async () => {
    const doctor = await signInOnDevice(world.db, 'doctor', testPassword);
    const { iterator } = await openStream(doctor.cookie);
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.doctor });
    expect(await within(iterator.next())).toEqual({ done: false, value: { seq: null, collections: null } });
    const next = iterator.next();
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId)]);
    expect(await within(next)).toBe('nothing');
  });

  it('sends nothing to a device awaiting approval, and a notice to pull once it is approved', async () => {
    const { regions } = await import('@/server/db/schema');
    world.db.update(regions).set({ deviceApprovalRequired: true }).where(eq(regions.id, world.regionId)).run();
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const { iterator } = await openStream(tablet.cookie);
    const next = iterator.next();
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId)]);
    expect(await within(next)).toBe('nothing');

    const admin = callerOf(await addAdmin(world.facilityIds.clinic, 'clinic-admin'));
    const device = (await admin.devices.list({ status: 'pending' })).find((row) => row.user.loginId === 'doctor');
    await admin.devices.approve({ deviceId: device!.id });
    expect(await within(next)).toEqual({ done: false, value: { seq: null, collections: null } });
  });
});

describe('closing the stream when its session or device ends', () => {
  it('closes at once (not at the next periodic check) when an administrator revokes the device', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const { iterator } = await openStream(tablet.cookie);
    const next = iterator.next();
    const admin = callerOf(await addAdmin(world.facilityIds.clinic, 'clinic-admin'));
    const { id: deviceId } = (await callerOf(tablet.cookie).auth.me()).device!;
    await admin.devices.revoke({ deviceId });
    const error = await expectAppError(within(next, 1_000), 'UNAUTHENTICATED');
    expect(error.details).toEqual({ reason: 'deviceRevoked' });
  });

  it('closes when the account is disabled, the password changed elsewhere, or signed out from another device', async () => {
    const admin = callerOf(await addAdmin(world.facilityIds.clinic, 'clinic-admin'));
    const endings: Array<[string, (other: string, deviceId: string) => Promise<unknown>]> = [
      ['signedOutElsewhere', (_, deviceId) => callerOf(_).devices.signOutMine({ deviceId })],
      ['signedOutElsewhere', (other) => callerOf(other).auth.signOutEverywhere()],
      [
        'passwordChanged',
        (other) => callerOf(other).auth.changePassword({ currentPassword: testPassword, newPassword: testPassword + '-2' }),
      ],
      ['disabled', () => admin.staff.setDisabled({ userId: world.ids.doctor, disabled: true })],
    ];
    let password = testPassword;
    for (const [reason, end] of endings) {
      const tablet = await signInOnDevice(world.db, 'doctor', password);
      const pc = await signInOnDevice(world.db, 'doctor', password);
      const { iterator } = await openStream(tablet.cookie);
      const next = iterator.next();
      const { id: deviceId } = (await callerOf(tablet.cookie).auth.me()).device!;
      await end(pc.cookie, deviceId);
      if (reason === 'passwordChanged') password = testPassword + '-2';
      const error = await expectAppError(within(next, 1_000), 'UNAUTHENTICATED');
      expect(error.details, reason).toEqual({ reason });
    }
  });

  it('ends quietly when its own device signs out, and asks to be reopened when its own device changed the password', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const own = await openStream(tablet.cookie);
    const ownNext = own.iterator.next();
    await callerOf(tablet.cookie).auth.signOut();
    expect(await within(ownNext, 1_000)).toEqual({ done: true, value: undefined });

    const again = await signInOnDevice(world.db, 'doctor', testPassword, { deviceCookie: tablet.deviceCookie });
    const stream = await openStream(again.cookie);
    const next = stream.iterator.next();
    await callerOf(again.cookie).auth.changePassword({ currentPassword: testPassword, newPassword: testPassword + '-2' });
    await expect(within(next, 1_000)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('re-checks its session periodically, catching one that ran out with nobody announcing it', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const request = openRequest(world.db, { cookie: tablet.cookie });
    const resolved = resolveSession({ db: world.db, config: testAuthConfig, cookies: request.ctx.cookies });
    if (!resolved.signedIn) throw new Error('not signed in');
    const controller = new AbortController();
    opened.push(controller);
    const options = { db: world.db, config: testAuthConfig, cookies: request.ctx.cookies, signedIn: resolved.signedIn, recheckEveryMs: 50 };
    const stream = streamNotices(options, controller.signal);
    await stream.next();
    const next = stream.next();
    expect(await within(next, 120)).toBe('nothing');
    // Idle far past the timeout: no one ended it, the clock did.
    world.db
      .update(sessions)
      .set({ lastActiveAt: new Date(Date.now() - 13 * 3_600_000) })
      .where(eq(sessions.id, resolved.signedIn.session.id))
      .run();
    await expect(within(next, 500)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'idle' } });
  });
});

describe('streams per user', () => {
  it(`holds at most ${maxStreamsPerUser}: a new one closes the oldest, and a closed one is forgotten`, async () => {
    const doctor = await signInOnDevice(world.db, 'doctor', testPassword);
    const streams = [];
    for (let i = 0; i < maxStreamsPerUser; i += 1) streams.push(await openStream(doctor.cookie));
    expect(openStreamCount(world.ids.doctor)).toBe(maxStreamsPerUser);
    const oldest = streams[0]!.iterator.next();
    const second = streams[1]!.iterator.next();

    const newest = await openStream(doctor.cookie);
    await expectAppError(within(oldest, 1_000), 'RATE_LIMITED');
    expect(await within(second)).toBe('nothing');
    expect(openStreamCount(world.ids.doctor)).toBe(maxStreamsPerUser);

    // The others still hear of changes; closing them frees their places.
    const newestNext = newest.iterator.next();
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId)]);
    expect(await within(second)).toEqual({ done: false, value: { seq: null, collections: ['posts'] } });
    expect(await within(newestNext)).toEqual({ done: false, value: { seq: null, collections: ['posts'] } });
    for (const { iterator, controller } of [...streams.slice(1), newest]) {
      controller.abort();
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    }
    expect(openStreamCount(world.ids.doctor)).toBe(0);
  });
});
