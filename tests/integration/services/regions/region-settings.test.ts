/** Region settings: stored, validated, audited, read by findRegionSettings and carried to the composer through the profile. */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { postCategories } from '@/lib/domain/categories';
import { auditLog } from '@/server/db/schema';
import { findRegionSettings } from '@/server/services/regions/find-region-settings';
import { openRegionWorld, type RegionWorld, expectInputRefused } from '@/tests/support/region-world';
import { expectAppError } from '@/tests/support/trpc-harness';

let region: RegionWorld;
beforeEach(async () => {
  region = await openRegionWorld();
  return region.close;
});

const settings = {
  postCategories: ['vitals', 'message', 'photo'] as const,
  twoFactorPolicy: 'everyone' as const,
  deviceApprovalRequired: true,
  idleTimeoutMinutes: 30,
  lockAfterMinutes: 10,
  offlineLimitHours: 24,
};

describe('region settings (region.settings / updateSettings)', () => {
  it('starts from every category and the server defaults', async () => {
    expect(findRegionSettings(region.world.db, region.world.regionId)).toEqual({
      regionId: region.world.regionId,
      postCategories: [...postCategories],
      twoFactorPolicy: 'administrators',
      deviceApprovalRequired: false,
      idleTimeoutMinutes: null,
      lockAfterMinutes: 5,
      offlineLimitHours: 72,
    });
    expect(await (await region.asAdmin('region-admin')).region.settings()).toMatchObject({ name: 'ケア市', slug: 'care' });
    expect(findRegionSettings(region.world.db, 'no-such-region')).toBeNull();
  });

  it('stores what the region administrator sets, audits what changed, and the profile carries the categories in order', async () => {
    const admin = await region.asAdmin('region-admin');
    await admin.region.updateSettings({ ...settings, postCategories: [...settings.postCategories] });
    expect(findRegionSettings(region.world.db, region.world.regionId)).toMatchObject({
      ...settings,
      postCategories: ['vitals', 'message', 'photo'],
    });
    expect((await region.world.as('nurse').caller.auth.me()).user?.region.postCategories).toEqual(['vitals', 'message', 'photo']);
    expect((await region.world.as('stranger').caller.auth.me()).user?.region.postCategories).toEqual([...postCategories]);
    const entry = region.world.db.select().from(auditLog).where(eq(auditLog.action, 'region.settingsChanged')).get();
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({
      twoFactorPolicy: { from: 'administrators', to: 'everyone' },
      idleTimeoutMinutes: { from: null, to: 30 },
      lockAfterMinutes: { from: 5, to: 10 },
      offlineLimitHours: { from: 72, to: 24 },
    });
    // Saving the same again changes nothing and writes nothing.
    await admin.region.updateSettings({ ...settings, postCategories: [...settings.postCategories] });
    expect(region.world.db.select().from(auditLog).where(eq(auditLog.action, 'region.settingsChanged')).all()).toHaveLength(1);
    await admin.region.updateSettings({ ...settings, postCategories: ['message'], idleTimeoutMinutes: null });
    expect(findRegionSettings(region.world.db, region.world.regionId)).toMatchObject({
      postCategories: ['message'],
      idleTimeoutMinutes: null,
    });
  });

  it('refuses an empty or repeated category list and an idle timeout out of bounds', async () => {
    const admin = await region.asAdmin('region-admin');
    await expectInputRefused(admin.region.updateSettings({ ...settings, postCategories: [] }));
    await expectInputRefused(admin.region.updateSettings({ ...settings, postCategories: ['message', 'message'] }));
    await expectInputRefused(admin.region.updateSettings({ ...settings, postCategories: ['message'], idleTimeoutMinutes: 1 }));
    await expectInputRefused(admin.region.updateSettings({ ...settings, postCategories: ['message'], idleTimeoutMinutes: 60 * 24 * 7 }));
    await expectInputRefused(admin.region.updateSettings({ ...settings, postCategories: ['message'], lockAfterMinutes: 0 }));
    await expectInputRefused(admin.region.updateSettings({ ...settings, postCategories: ['message'], lockAfterMinutes: 31 }));
    await expectInputRefused(admin.region.updateSettings({ ...settings, postCategories: ['message'], offlineLimitHours: 0 }));
    await expectInputRefused(admin.region.updateSettings({ ...settings, postCategories: ['message'], offlineLimitHours: 337 }));
  });

  it('is for region administrators only, each changing their own region', async () => {
    await expectAppError(
      (await region.asAdmin('station-admin')).region.updateSettings({ ...settings, postCategories: ['message'] }),
      'FORBIDDEN',
    );
    await expectAppError(region.world.as('nurse').caller.region.settings(), 'FORBIDDEN');
    await (await region.asAdmin('far-admin')).region.updateSettings({ ...settings, postCategories: ['fax'] });
    expect(findRegionSettings(region.world.db, region.world.regionId)?.postCategories).toEqual([...postCategories]);
    expect(findRegionSettings(region.world.db, region.world.otherRegionId)?.postCategories).toEqual(['fax']);
  });
});
