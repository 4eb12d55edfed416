/**
 * Devices through the tRPC API against real SQLite: where the region requires approval, a new
 * device gets no patient data until an administrator of its user approves it; revoking ends its
 * sessions and refuses it thereafter; users see and sign out their own.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/roles';
import { auditLog, regions } from '@/server/db/schema';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { openTeamWorld, patientInput, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { expectAppError, openRequest, signInOnDevice } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
let patientId: string;

async function addAdmin(facilityId: string, loginId: string, role: Role): Promise<void> {
  const prepared = await prepareUser({
    loginId,
    displayName: `管理 ${loginId}`,
    displayNameKana: 'カンリ',
    profession: 'clerk',
    password: testPassword,
    role,
    mustChangePassword: false,
  });
  insertUser(world.db, facilityId, { ...prepared, id: randomUUID() });
}

const requireApproval = (regionId: string, required: boolean) =>
  world.db.update(regions).set({ deviceApprovalRequired: required }).where(eq(regions.id, regionId)).run();
const callerOf = (cookie: string) => openRequest(world.db, { cookie }).caller;
const pullPatients = (caller: ReturnType<typeof callerOf>) =>
  caller.sync.pull({ protocolVersion: 1, collection: 'patients', checkpoint: null, batchSize: 100 });
const patientIdsOf = async (caller: ReturnType<typeof callerOf>) =>
  (await pullPatients(caller)).documents.map((doc) => (doc as unknown as { id: string }).id);
const adminCaller = async (loginId: string) => callerOf((await signInOnDevice(world.db, loginId, testPassword)).cookie);

beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse'], ['doctor']));
  await addAdmin(world.facilityIds.station, 'station-admin', 'facilityAdmin');
  await addAdmin(world.facilityIds.clinic, 'clinic-admin', 'facilityAdmin');
  await addAdmin(world.facilityIds.clinic, 'region-admin', 'regionAdmin');
  await addAdmin(world.facilityIds.farAway, 'far-admin', 'regionAdmin');
  requireApproval(world.regionId, true);
  return close;
});

describe('device approval (devices.*)', () => {
  it('keeps patient data from a pending device, says why, and lets it through once approved', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    // Each request resolves its session afresh, as each HTTP request does.
    const doctor = () => callerOf(tablet.cookie);
    const me = await doctor().auth.me();
    expect(me.device).toMatchObject({ status: 'pending', receivesPatientData: false });
    await expectAppError(pullPatients(doctor()), 'DEVICE_NOT_APPROVED');
    await expectAppError(
      doctor().sync.pull({ protocolVersion: 1, collection: 'posts', checkpoint: null, batchSize: 10 }),
      'DEVICE_NOT_APPROVED',
    );
    await expectAppError(doctor().patients.register({ ...patientInput, name: '新規 患者' }), 'DEVICE_NOT_APPROVED');

    const admin = await adminCaller('clinic-admin');
    const pending = await admin.devices.list({ status: 'pending' });
    const device = pending.find((row) => row.user.loginId === 'doctor');
    expect(device).toMatchObject({ id: me.device?.id, status: 'pending', activeSessions: 1, user: { displayName: 'テスト doctor' } });
    await admin.devices.approve({ deviceId: device!.id });

    expect(await patientIdsOf(doctor())).toContain(patientId);
    expect((await doctor().auth.me()).device).toMatchObject({ status: 'approved', receivesPatientData: true });
    // Signing in there again finds the same, approved device.
    const again = await signInOnDevice(world.db, 'doctor', testPassword, { deviceCookie: tablet.deviceCookie });
    expect((await callerOf(again.cookie).auth.me()).device?.id).toBe(device!.id);
    expect(world.db.select().from(auditLog).where(eq(auditLog.action, 'device.approved')).all()).toMatchObject([{ targetId: device!.id }]);
  });

  it('needs no approval where the region does not require it, even for a device left pending', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    requireApproval(world.regionId, false);
    expect(await patientIdsOf(callerOf(tablet.cookie))).toContain(patientId);
    const later = await signInOnDevice(world.db, 'doctor', testPassword);
    expect((await callerOf(later.cookie).auth.me()).device).toMatchObject({ status: 'approved', receivesPatientData: true });
  });

  it('revoking ends the device’s sessions, says so to it, and refuses signing in on it again until approved', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const admin = await adminCaller('clinic-admin');
    const deviceId = (await callerOf(tablet.cookie).auth.me()).device!.id;
    await admin.devices.approve({ deviceId });
    const pc = await signInOnDevice(world.db, 'doctor', testPassword);

    expect(await admin.devices.revoke({ deviceId })).toEqual({ status: 'revoked', endedSessions: 1 });
    expect(await callerOf(tablet.cookie).auth.me()).toMatchObject({ user: null, problem: 'deviceRevoked' });
    await expectAppError(
      callerOf(tablet.cookie).sync.pull({ protocolVersion: 1, collection: 'posts', checkpoint: null, batchSize: 10 }),
      'UNAUTHENTICATED',
    );
    await expectAppError(
      openRequest(world.db, { cookie: tablet.deviceCookie }).caller.auth.signIn({ loginId: 'doctor', password: testPassword }),
      'DEVICE_REVOKED',
    );
    // The doctor's other device carries on.
    expect((await callerOf(pc.cookie).auth.me()).user?.loginId).toBe('doctor');

    await admin.devices.approve({ deviceId });
    await signInOnDevice(world.db, 'doctor', testPassword, { deviceCookie: tablet.deviceCookie });
  });

  it('lets only administrators of the device’s user manage it', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const deviceId = (await callerOf(tablet.cookie).auth.me()).device!.id;
    // Another facility's administrator neither sees nor touches it; nor does a region administrator elsewhere.
    for (const loginId of ['station-admin', 'far-admin']) {
      const other = await adminCaller(loginId);
      expect((await other.devices.list()).map((row) => row.id)).not.toContain(deviceId);
      await expectAppError(other.devices.approve({ deviceId }), 'NOT_FOUND');
      await expectAppError(other.devices.revoke({ deviceId }), 'NOT_FOUND');
      await expectAppError(other.devices.rename({ deviceId, name: 'x' }), 'NOT_FOUND');
    }
    // Staff are not administrators, even of their own devices.
    const nurse = callerOf((await signInOnDevice(world.db, 'nurse', testPassword)).cookie);
    await expectAppError(nurse.devices.list(), 'FORBIDDEN');
    await expectAppError(nurse.devices.approve({ deviceId }), 'FORBIDDEN');
    // The region's administrator may, across its facilities.
    const region = await adminCaller('region-admin');
    expect((await region.devices.list()).map((row) => row.id)).toContain(deviceId);
    await region.devices.rename({ deviceId, name: '往診用タブレット' });
    expect((await callerOf(tablet.cookie).auth.me()).device?.name).toBe('往診用タブレット');
  });
});

describe('one’s own devices (devices.mine, renameMine, signOutMine)', () => {
  it('lists them with this one marked, and signs out another without touching this one', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const pc = await signInOnDevice(world.db, 'doctor', testPassword);
    const fromPc = callerOf(pc.cookie);
    const mine = await fromPc.devices.mine();
    expect(mine).toHaveLength(2);
    const tabletRow = mine.find((device) => !device.current)!;
    expect(mine.find((device) => device.current)?.activeSessions).toBe(1);

    await fromPc.devices.renameMine({ deviceId: tabletRow.id, name: '訪問用' });
    expect(await fromPc.devices.signOutMine({ deviceId: tabletRow.id })).toEqual({ endedSessions: 1 });
    expect((await callerOf(tablet.cookie).auth.me()).user).toBeNull();
    expect((await fromPc.auth.me()).user?.loginId).toBe('doctor');
    await expectAppError(fromPc.devices.signOutMine({ deviceId: mine.find((device) => device.current)!.id }), 'INVALID_INPUT');
    // Signed out, not revoked: the tablet signs in again without an administrator.
    const back = await signInOnDevice(world.db, 'doctor', testPassword, { deviceCookie: tablet.deviceCookie });
    expect((await callerOf(back.cookie).auth.me()).device).toMatchObject({ id: tabletRow.id, name: '訪問用', status: 'pending' });
  });

  it('never shows or touches someone else’s', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const deviceId = (await callerOf(tablet.cookie).auth.me()).device!.id;
    const nurse = callerOf((await signInOnDevice(world.db, 'nurse', testPassword)).cookie);
    expect((await nurse.devices.mine()).map((device) => device.id)).not.toContain(deviceId);
    await expectAppError(nurse.devices.signOutMine({ deviceId }), 'NOT_FOUND');
    await expectAppError(nurse.devices.renameMine({ deviceId, name: 'x' }), 'NOT_FOUND');
  });
});
