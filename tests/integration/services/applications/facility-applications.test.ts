/** 施設登録申請 from the public portal to approval or rejection, through the tRPC API against real SQLite. */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { facilityApplicationInput } from '@/lib/schemas/application';
import { auditLog, facilities, facilityApplications, mailOutbox } from '@/server/db/schema';
import { applicationsPerIpPerHour, receiptNoticesPerAddressPerDay } from '@/server/services/applications/submit-application';
import {
  applicationInput,
  openRegionWorld,
  regionAdminEmail,
  userByLoginId,
  type RegionWorld,
  expectInputRefused,
} from '@/tests/support/region-world';
import { expectAppError, openRequest, signInCookie } from '@/tests/support/trpc-harness';

let region: RegionWorld;
beforeEach(async () => {
  region = await openRegionWorld();
  return region.close;
});

const submit = (input = applicationInput(), options: { ip?: string; slug?: string } = {}) =>
  openRequest(region.world.db, { ip: options.ip }).caller.applications.submit({ slug: options.slug ?? 'care', application: input });
const mailsTo = (to: string) => region.world.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).all();

describe('submitting an application (applications.submit)', () => {
  it('stores it pending without anyone signed in, and queues the notices to the applicant and the region administrators', async () => {
    const { id } = await submit();
    const stored = region.world.db.select().from(facilityApplications).where(eq(facilityApplications.id, id)).get();
    expect(stored).toMatchObject({
      status: 'pending',
      regionId: region.world.regionId,
      loginId: 'aozora-admin',
      facilityNameKana: 'あおぞらほうもんかんごすてーしょん',
    });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(mailsTo('yamamoto@aozora.example.jp').map((mail) => mail.template)).toEqual(['applicationReceived']);
    expect(mailsTo(regionAdminEmail).map((mail) => mail.template)).toEqual(['applicationSubmitted']);
    expect(mailsTo(regionAdminEmail)[0]?.body).toContain('あおぞら訪問看護ステーション');
    expect(
      region.world.db
        .select()
        .from(mailOutbox)
        .all()
        .every((mail) => mail.sentAt === null),
    ).toBe(true);
    const audit = region.world.db.select().from(auditLog).where(eq(auditLog.action, 'application.submitted')).get();
    expect(audit).toMatchObject({ regionId: region.world.regionId, targetId: id });
  });

  it('answers NOT_FOUND for a region without that portal', async () => {
    await expectAppError(submit(applicationInput(), { slug: 'nowhere' }), 'NOT_FOUND');
  });

  it('refuses a login ID already used by an account or by a pending application, and frees it after a rejection', async () => {
    const taken = await expectAppError(submit(applicationInput({ loginId: 'Nurse' })), 'CONFLICT');
    expect(taken.details).toEqual({ field: 'loginId' });
    const { id } = await submit();
    await expectAppError(submit(applicationInput({ facilityName: '別の施設' })), 'CONFLICT');
    await (await region.asAdmin('region-admin')).applications.reject({ applicationId: id, reason: '所在地が対象外です。' });
    await submit();
  });

  it('keeps a pending application’s login ID from a staff account created meanwhile, and approves it even so', async () => {
    const { id } = await submit();
    const { loginId } = applicationInput();
    const admin = await region.asAdmin('station-admin');
    const taken = await expectAppError(
      admin.staff.create({ loginId, displayName: '先取り', displayNameKana: 'サキドリ', profession: 'nurse' }),
      'CONFLICT',
    );
    expect(taken.details).toEqual({ field: 'loginId' });
    await (await region.asAdmin('region-admin')).applications.approve({ applicationId: id });
    expect(userByLoginId(region.world, loginId.toLowerCase())?.role).toBe('facilityAdmin');
  });

  it('validates every field with the shared schema: kana, login ID, matching emails, password policy, agreement', async () => {
    const problems = (input: Parameters<typeof applicationInput>[0]) => {
      const parsed = facilityApplicationInput.safeParse(applicationInput(input));
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(problems({})).toEqual([]);
    expect(problems({ facilityNameKana: '' })).toEqual([]);
    expect(problems({ contactFamilyNameKana: '山本' })).toEqual(['contactFamilyNameKana']);
    expect(problems({ facilityNameKana: 'Aozora' })).toEqual(['facilityNameKana']);
    expect(problems({ loginId: 'あおぞら' })).toEqual(['loginId']);
    expect(problems({ loginId: 'ａｏｚｏｒａ' })).toEqual(['loginId']);
    expect(problems({ emailConfirm: 'other@aozora.example.jp' })).toEqual(['emailConfirm']);
    expect(problems({ email: 'not-an-address', emailConfirm: 'not-an-address' })).toEqual(['email']);
    expect(problems({ password: 'short1!' })).toEqual(['password']);
    expect(problems({ prefecture: 'ケア県' as '東京都' })).toEqual(['prefecture']);
    expect(problems({ agreedToTerms: false as true })).toEqual(['agreedToTerms']);
    await expectInputRefused(submit(applicationInput({ contactGivenNameKana: '花' })));
    await expectInputRefused(submit(applicationInput({ emailConfirm: 'x@example.jp' })));
    expect(region.world.db.select().from(facilityApplications).all()).toHaveLength(0);
  });

  it(`takes at most ${applicationsPerIpPerHour} applications an hour from one IP address`, async () => {
    for (let index = 0; index < applicationsPerIpPerHour; index += 1)
      await submit(applicationInput({ loginId: `applicant-${index}` }), { ip: '198.51.100.7' });
    await expectAppError(submit(applicationInput({ loginId: 'one-too-many' }), { ip: '198.51.100.7' }), 'RATE_LIMITED');
    await submit(applicationInput({ loginId: 'elsewhere' }), { ip: '198.51.100.8' });
  });

  it('keeps to that limit when twenty are sent at once', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) => submit(applicationInput({ loginId: `parallel-${index}` }), { ip: '198.51.100.9' })),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(applicationsPerIpPerHour);
    expect(region.world.db.select().from(facilityApplications).all()).toHaveLength(applicationsPerIpPerHour);
    expect(mailsTo('yamamoto@aozora.example.jp').length).toBeLessThanOrEqual(receiptNoticesPerAddressPerDay);
  });

  it('counts refused submissions too, so login IDs cannot be probed without end', async () => {
    for (let index = 0; index < applicationsPerIpPerHour; index += 1)
      await expectAppError(submit(applicationInput({ loginId: 'nurse' }), { ip: '198.51.100.10' }), 'CONFLICT');
    await expectAppError(submit(applicationInput({ loginId: 'free-one' }), { ip: '198.51.100.10' }), 'RATE_LIMITED');
  });

  it(`mails one address at most ${receiptNoticesPerAddressPerDay} receipts a day, whatever IPs the submissions come from`, async () => {
    for (let index = 0; index < 6; index += 1)
      await submit(applicationInput({ loginId: `flood-${index}`, email: 'Victim@example.jp', emailConfirm: 'victim@example.jp' }), {
        ip: `203.0.113.${index + 1}`,
      });
    const received = region.world.db
      .select()
      .from(mailOutbox)
      .all()
      .filter((mail) => mail.template === 'applicationReceived');
    expect(received).toHaveLength(receiptNoticesPerAddressPerDay);
    // The applications themselves are all there for the region administrator to decide.
    expect(region.world.db.select().from(facilityApplications).all()).toHaveLength(6);
  });
});

describe('deciding an application (applications.approve / reject)', () => {
  it('approval creates the active facility and its administrator, who signs in with the password chosen when applying', async () => {
    const { id } = await submit();
    const admin = await region.asAdmin('region-admin');
    expect((await admin.applications.list()).map((application) => [application.loginId, application.status])).toEqual([
      ['aozora-admin', 'pending'],
    ]);
    const { facilityId } = await admin.applications.approve({ applicationId: id });

    expect(region.world.db.select().from(facilities).where(eq(facilities.id, facilityId)).get()).toMatchObject({
      status: 'active',
      kind: 'visitingNursing',
      prefecture: '東京都',
      municipality: 'ケア市',
      regionId: region.world.regionId,
      name: 'あおぞら訪問看護ステーション',
    });
    expect(userByLoginId(region.world, 'aozora-admin')).toMatchObject({
      role: 'facilityAdmin',
      email: 'yamamoto@aozora.example.jp',
      displayName: '山本 花',
      displayNameKana: 'ヤマモト ハナ',
      mustChangePassword: false,
    });
    const cookie = await signInCookie(region.world.db, 'aozora-admin', 'Aozora-Station-2026!');
    const newAdmin = openRequest(region.world.db, { cookie }).caller;
    expect((await newAdmin.auth.me()).user).toMatchObject({ role: 'facilityAdmin', facility: { id: facilityId, status: 'active' } });
    expect((await newAdmin.staff.list()).map((member) => member.loginId)).toEqual(['aozora-admin']);

    expect(mailsTo('yamamoto@aozora.example.jp').map((mail) => mail.template)).toEqual(['applicationReceived', 'applicationApproved']);
    expect(mailsTo('yamamoto@aozora.example.jp')[1]?.body).toContain('aozora-admin');
    const [decided] = await admin.applications.list();
    expect(decided).toMatchObject({ status: 'approved', decidedByName: '管理 region-admin', facilityId });
    await expectAppError(admin.applications.approve({ applicationId: id }), 'CONFLICT');
    await expectAppError(admin.applications.reject({ applicationId: id, reason: '重複' }), 'CONFLICT');
    expect(region.world.db.select().from(auditLog).where(eq(auditLog.action, 'application.approved')).all()).toHaveLength(1);
  });

  it('rejection needs a reason, which the notice quotes', async () => {
    const { id } = await submit();
    const admin = await region.asAdmin('region-admin');
    await expectInputRefused(admin.applications.reject({ applicationId: id, reason: '  ' }));
    await admin.applications.reject({ applicationId: id, reason: '事業所番号を確認できませんでした。' });
    const notice = mailsTo('yamamoto@aozora.example.jp').find((mail) => mail.template === 'applicationRejected');
    expect(notice?.body).toContain('事業所番号を確認できませんでした。');
    expect(notice?.body).toContain('/join/care');
    expect(userByLoginId(region.world, 'aozora-admin')).toBeUndefined();
    expect((await admin.applications.list())[0]).toMatchObject({
      status: 'rejected',
      rejectionReason: '事業所番号を確認できませんでした。',
    });
  });

  it('only a region administrator of that region may see and decide it', async () => {
    const { id } = await submit();
    const farAdmin = await region.asAdmin('far-admin');
    expect(await farAdmin.applications.list()).toEqual([]);
    await expectAppError(farAdmin.applications.approve({ applicationId: id }), 'NOT_FOUND');
    await expectAppError(farAdmin.applications.reject({ applicationId: id, reason: '対象外' }), 'NOT_FOUND');
    const stationAdmin = await region.asAdmin('station-admin');
    await expectAppError(stationAdmin.applications.approve({ applicationId: id }), 'FORBIDDEN');
    await expectAppError(stationAdmin.applications.list(), 'FORBIDDEN');
    await expectAppError(region.world.as('nurse').caller.applications.approve({ applicationId: id }), 'FORBIDDEN');
    await expectAppError(openRequest(region.world.db).caller.applications.approve({ applicationId: id }), 'UNAUTHENTICATED');
    expect(region.world.db.select().from(facilityApplications).where(eq(facilityApplications.id, id)).get()?.status).toBe('pending');
  });

  it('lists the portals for the sign-in page', async () => {
    expect(await openRequest(region.world.db).caller.applications.portals()).toEqual([
      { slug: 'care', name: 'ケア市' },
      { slug: 'far', name: '遠方町' },
    ]);
  });
});
