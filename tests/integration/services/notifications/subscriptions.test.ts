/**
 * Push subscriptions and notification settings: each device's subscription is its own, removed
 * when it signs out, is signed out from elsewhere or is revoked; settings are each user's own.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultNotificationSettings } from '@/lib/schemas/notification-settings';
import { pushSubscriptions, regions } from '@/server/db/schema';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { expectAppError, openRequest, signInOnDevice } from '@/tests/support/trpc-harness';
import { browserKeys } from '../../push/push-world';

let world: CareTeamWorld;
let close: () => void;
beforeEach(async () => {
  ({ world, close } = await openTeamWorld(['nurse', 'doctor'], ['doctor']));
});
afterEach(() => close());

const callerOf = (cookie: string) => openRequest(world.db, { cookie }).caller;
const subscriptionsOf = (userId: string) => world.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)).all();
const subscribeOn = async (cookie: string, name: string) => {
  await callerOf(cookie).notifications.subscribe({ endpoint: `https://push.example.net/${name}`, keys: browserKeys() });
};

describe('push subscriptions', () => {
  it('keeps one per device, replaced when the device subscribes again, and says which is this device’s', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const pc = await signInOnDevice(world.db, 'doctor', testPassword);
    await subscribeOn(tablet.cookie, 'tablet-1');
    await subscribeOn(tablet.cookie, 'tablet-2');
    await subscribeOn(pc.cookie, 'pc');
    expect(
      subscriptionsOf(world.ids.doctor)
        .map((row) => row.endpoint)
        .sort(),
    ).toEqual(['https://push.example.net/pc', 'https://push.example.net/tablet-2']);
    expect((await callerOf(tablet.cookie).notifications.mine()).thisDeviceEndpoint).toBe('https://push.example.net/tablet-2');
    await callerOf(tablet.cookie).notifications.unsubscribe();
    expect(subscriptionsOf(world.ids.doctor).map((row) => row.endpoint)).toEqual(['https://push.example.net/pc']);
  });

  it('removes a device’s on sign-out, on signing it out from another device, and all on signing out everywhere', async () => {
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    const pc = await signInOnDevice(world.db, 'doctor', testPassword);
    const phone = await signInOnDevice(world.db, 'doctor', testPassword);
    for (const [device, name] of [
      [tablet, 'tablet'],
      [pc, 'pc'],
      [phone, 'phone'],
    ] as const)
      await subscribeOn(device.cookie, name);
    await callerOf(tablet.cookie).auth.signOut();
    expect(
      subscriptionsOf(world.ids.doctor)
        .map((row) => row.endpoint)
        .sort(),
    ).toEqual(['https://push.example.net/pc', 'https://push.example.net/phone']);
    const phoneId = (await callerOf(phone.cookie).auth.me()).device!.id;
    await callerOf(pc.cookie).devices.signOutMine({ deviceId: phoneId });
    expect(subscriptionsOf(world.ids.doctor).map((row) => row.endpoint)).toEqual(['https://push.example.net/pc']);
    await subscribeOn((await signInOnDevice(world.db, 'doctor', testPassword)).cookie, 'again');
    await callerOf(pc.cookie).auth.signOutEverywhere();
    expect(subscriptionsOf(world.ids.doctor)).toEqual([]);
  });

  it('removes a revoked device’s, and refuses one from a device waiting for approval', async () => {
    const prepared = await prepareUser({
      loginId: 'clinic-admin',
      displayName: '管理 clinic',
      displayNameKana: 'カンリ',
      profession: 'clerk',
      password: testPassword,
      role: 'facilityAdmin',
      mustChangePassword: false,
    });
    insertUser(world.db, world.facilityIds.clinic, { ...prepared, id: randomUUID() });
    const admin = callerOf((await signInOnDevice(world.db, 'clinic-admin', testPassword)).cookie);
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    await subscribeOn(tablet.cookie, 'tablet');
    await admin.devices.revoke({ deviceId: (await callerOf(tablet.cookie).auth.me()).device!.id });
    expect(subscriptionsOf(world.ids.doctor)).toEqual([]);

    world.db.update(regions).set({ deviceApprovalRequired: true }).where(eq(regions.id, world.regionId)).run();
    const pending = await signInOnDevice(world.db, 'doctor', testPassword);
    await expectAppError(
      callerOf(pending.cookie).notifications.subscribe({ endpoint: 'https://push.example.net/pending', keys: browserKeys() }),
      'DEVICE_NOT_APPROVED',
    );
    expect(subscriptionsOf(world.ids.doctor)).toEqual([]);
  });

  it('refuses anyone signed out, and an endpoint that is not a URL', async () => {
    const anonymous = openRequest(world.db).caller;
    await expectAppError(
      anonymous.notifications.subscribe({ endpoint: 'https://push.example.net/x', keys: browserKeys() }),
      'UNAUTHENTICATED',
    );
    await expectAppError(anonymous.notifications.mine(), 'UNAUTHENTICATED');
    await expectAppError(anonymous.notifications.updateSettings(defaultNotificationSettings), 'UNAUTHENTICATED');
    await expect(
      world.as('doctor').caller.notifications.subscribe({ endpoint: 'javascript:alert(1)', keys: browserKeys() }),
    ).rejects.toThrow();
  });
});

describe('notification settings', () => {
  it('are each user’s own: defaults until changed, and one user’s change leaves another’s alone', async () => {
    expect((await world.as('doctor').caller.notifications.mine()).settings).toEqual(defaultNotificationSettings);
    const changed = { ...defaultNotificationSettings, commentOnMyPost: false, quietStart: 22 * 60, quietEnd: 7 * 60 };
    expect(await world.as('doctor').caller.notifications.updateSettings(changed)).toEqual(changed);
    expect((await world.as('doctor').caller.notifications.mine()).settings).toEqual(changed);
    expect((await world.as('nurse').caller.notifications.mine()).settings).toEqual(defaultNotificationSettings);
  });

  it('refuses quiet hours with only one end', async () => {
    await expect(
      world.as('doctor').caller.notifications.updateSettings({ ...defaultNotificationSettings, quietStart: 60, quietEnd: null }),
    ).rejects.toThrow();
  });

  it('hand out the server’s public key to subscribe with', async () => {
    expect((await world.as('doctor').caller.notifications.mine()).vapidPublicKey).toMatch(/^[A-Za-z0-9_-]{80,100}$/);
  });
});
