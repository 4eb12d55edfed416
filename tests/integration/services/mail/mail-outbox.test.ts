/** The region administrator's mail outbox page: the region's notices only, newest first, audited. */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '@/server/db/schema';
import { applicationInput, openRegionWorld, regionAdminEmail, type RegionWorld } from '@/tests/support/region-world';
import { expectAppError, openRequest } from '@/tests/support/trpc-harness';

let region: RegionWorld;
beforeEach(async () => {
  region = await openRegionWorld();
  return region.close;
});

describe('mail outbox (region.mailOutbox)', () => {
  it('shows the region administrator the notices of their region, newest first, unsent without SMTP', async () => {
    const { id } = await openRequest(region.world.db).caller.applications.submit({ slug: 'care', application: applicationInput() });
    const admin = await region.asAdmin('region-admin');
    await admin.applications.approve({ applicationId: id });
    const outbox = await admin.region.mailOutbox();
    expect(outbox.smtpConfigured).toBe(false);
    expect(outbox.entries.map((entry) => [entry.template, entry.to])).toEqual([
      ['applicationApproved', 'yamamoto@aozora.example.jp'],
      ['applicationSubmitted', regionAdminEmail],
      ['applicationReceived', 'yamamoto@aozora.example.jp'],
    ]);
    expect(outbox.entries.every((entry) => entry.sentAt === null && entry.attempts === 0)).toBe(true);
    expect(outbox.entries[0]?.subject).toContain('承認');
    expect(outbox.entries[0]?.body).toMatch(/施設登録申請が承認されました[\s\S]*was approved/);
    expect((await (await region.asAdmin('far-admin')).region.mailOutbox()).entries).toEqual([]);
    expect(region.world.db.select().from(auditLog).where(eq(auditLog.action, 'mail.outboxViewed')).all()).toHaveLength(2);
  });

  it('is refused to facility administrators and staff', async () => {
    await expectAppError((await region.asAdmin('station-admin')).region.mailOutbox(), 'FORBIDDEN');
    await expectAppError(region.world.as('nurse').caller.region.mailOutbox(), 'FORBIDDEN');
  });
});
