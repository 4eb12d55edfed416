/**
 * 利用廃止申請: the facility administrator asks, the region administrator completes; the
 * facility's accounts end, its records stay readable to the care teams.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, facilities, mailOutbox, users } from '@/server/db/schema';
import { openRegionWorld, regionAdminEmail, type RegionWorld } from '@/tests/support/region-world';
import { testPassword } from '@/tests/support/seed';
import { postDocBy, pullAll, push } from '@/tests/support/sync-docs';
import { expectAppError, openRequest, signInCookie } from '@/tests/support/trpc-harness';

let region: RegionWorld;
beforeEach(async () => {
  region = await openRegionWorld();
  return region.close;
});

const request = { reason: '事業所を閉鎖するため', desiredDate: '2026-03-31' };

describe('withdrawal requests (facility.* and region.completeWithdrawal)', () => {
  it('lets the facility administrator ask, see it pending, take it back and ask again; others may not', async () => {
    const stationAdmin = await region.asAdmin('station-admin');
    const { id } = await stationAdmin.facility.requestWithdrawal(request);
    await expectAppError(stationAdmin.facility.requestWithdrawal(request), 'CONFLICT');
    const overview = await stationAdmin.facility.overview();
    expect(overview).toMatchObject({ name: 'ケア訪問看護ステーション', status: 'active', regionName: 'ケア市' });
    expect(overview.withdrawals).toMatchObject([
      { id, status: 'pending', reason: request.reason, desiredDate: '2026-03-31', requestedByName: '管理 station-admin' },
    ]);
    expect(
      region.world.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.to, regionAdminEmail))
        .all()
        .map((mail) => mail.template),
    ).toEqual(['withdrawalRequested']);

    await expectAppError(region.world.as('nurse').caller.facility.requestWithdrawal(request), 'FORBIDDEN');
    await expectAppError((await region.asAdmin('region-admin')).facility.cancelWithdrawal({ requestId: id }), 'FORBIDDEN');
    await stationAdmin.facility.cancelWithdrawal({ requestId: id });
    await expectAppError(stationAdmin.facility.cancelWithdrawal({ requestId: id }), 'CONFLICT');
    expect((await stationAdmin.facility.overview()).withdrawals[0]?.status).toBe('cancelled');
    await stationAdmin.facility.requestWithdrawal({ reason: '統合のため', desiredDate: null });
    const actions = region.world.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .all()
      .map((row) => row.action);
    expect(actions.filter((action) => action.startsWith('facility.'))).toEqual([
      'facility.withdrawalRequested',
      'facility.withdrawalCancelled',
      'facility.withdrawalRequested',
    ]);
  });

  it('only the region administrator of that region completes it', async () => {
    const { id } = await (await region.asAdmin('station-admin')).facility.requestWithdrawal(request);
    await expectAppError((await region.asAdmin('far-admin')).region.completeWithdrawal({ requestId: id }), 'NOT_FOUND');
    await expectAppError((await region.asAdmin('station-admin')).region.completeWithdrawal({ requestId: id }), 'FORBIDDEN');
    await expectAppError(region.world.as('doctor').caller.region.completeWithdrawal({ requestId: id }), 'FORBIDDEN');
    const farFacilities = await (await region.asAdmin('far-admin')).region.facilities();
    expect(farFacilities.map((facility) => facility.name)).toEqual(['遠方訪問看護']);
    const listed = await (await region.asAdmin('region-admin')).region.facilities();
    expect(listed[0]).toMatchObject({ name: 'ケア訪問看護ステーション', pendingWithdrawal: { id, reason: request.reason } });
    expect(listed.find((facility) => facility.name === 'ケア市クリニック')).toMatchObject({
      activeStaff: 2,
      disabledStaff: 0,
      pendingWithdrawal: null,
    });
  });

  it('completing it disables every account and ends their sessions; their records stay readable to the other facilities on the team', async () => {
    const { world, patientId } = region;
    const post = postDocBy(world, 'nurse', patientId, { body: '退院後初回訪問。' });
    await push(world, 'nurse', 'posts', [post]);
    const nurseCookie = world.cookies.get('nurse') ?? '';
    const stationAdmin = await region.asAdmin('station-admin');
    const { id } = await stationAdmin.facility.requestWithdrawal(request);

    const regionAdmin = await region.asAdmin('region-admin');
    expect(await regionAdmin.region.completeWithdrawal({ requestId: id })).toEqual({ disabledAccounts: 3 });

    const station = world.db.select().from(facilities).where(eq(facilities.id, world.facilityIds.station)).get();
    expect(station).toMatchObject({ status: 'withdrawn' });
    expect(station?.withdrawnAt).toBeInstanceOf(Date);
    expect(
      world.db
        .select()
        .from(users)
        .where(eq(users.facilityId, world.facilityIds.station))
        .all()
        .every((user) => user.disabledAt !== null),
    ).toBe(true);
    expect((await openRequest(world.db, { cookie: nurseCookie }).caller.auth.me()).user).toBeNull();
    await expectAppError(openRequest(world.db).caller.auth.signIn({ loginId: 'nurse', password: testPassword }), 'ACCOUNT_DISABLED');
    await expectAppError(signInCookie(world.db, 'station-admin', testPassword), 'ACCOUNT_DISABLED');

    // The doctor of the clinic still reads the patient and the nurse's post.
    const { documents: patients } = await pullAll(world, 'doctor', 'patients');
    expect(patients.map((doc) => doc.id)).toContain(patientId);
    const { documents: posts } = await pullAll(world, 'doctor', 'posts');
    expect(posts.find((doc) => doc.id === post.id)).toMatchObject({ body: '退院後初回訪問。', _deleted: false });

    const listed = (await regionAdmin.region.facilities()).find((facility) => facility.id === world.facilityIds.station);
    expect(listed).toMatchObject({ status: 'withdrawn', activeStaff: 0, disabledStaff: 3, pendingWithdrawal: null });
    expect(
      world.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.to, 'station@care.example.jp'))
        .all()
        .map((mail) => mail.template),
    ).toEqual(['withdrawalCompleted']);
    expect(world.db.select().from(auditLog).where(eq(auditLog.action, 'facility.withdrawn')).get()).toMatchObject({
      targetId: world.facilityIds.station,
      regionId: world.regionId,
    });
    await expectAppError(regionAdmin.region.completeWithdrawal({ requestId: id }), 'CONFLICT');
  });
});
