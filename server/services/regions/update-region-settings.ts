/** The region administrator changes their region's settings; what changed is audited, old and new. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { RegionSettingsInput } from '@/lib/schemas/region';
import { audit } from '@/server/audit/audit';
import { regions } from '@/server/db/schema';
import { assertRegionAdmin } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { findRegionSettings, type RegionSettings } from './find-region-settings';

type SettingName = keyof RegionSettingsInput;

export function updateRegionSettings(options: AdminServiceOptions, input: RegionSettingsInput): RegionSettings {
  const { db, admin } = options;
  assertRegionAdmin(admin);
  return db.transaction((tx) => {
    const before = findRegionSettings(tx, admin.region.id);
    tx.update(regions)
      .set({
        postCategories: JSON.stringify(input.postCategories),
        twoFactorPolicy: input.twoFactorPolicy,
        deviceApprovalRequired: input.deviceApprovalRequired,
        idleTimeoutMinutes: input.idleTimeoutMinutes,
        lockAfterMinutes: input.lockAfterMinutes,
        offlineLimitHours: input.offlineLimitHours,
      })
      .where(eq(regions.id, admin.region.id))
      .run();
    const after = findRegionSettings(tx, admin.region.id);
    if (!before || !after) throw new Error('the administrator’s region vanished');
    const changed = (Object.keys(input) as SettingName[]).filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
    if (changed.length > 0) {
      const details = Object.fromEntries(changed.map((name) => [name, { from: before[name], to: after[name] }]));
      audit(options, 'region.settingsChanged', { target: { type: 'region', id: admin.region.id }, details }, tx);
    }
    return after;
  });
}
