/** The region administrator changes their region's settings; what changed is audited, old and new. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { RegionSettingsInput } from '@/lib/schemas/region';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { regions } from '@/server/db/schema';
import { assertRegionAdmin } from '@/server/policy/region-admin';
import { findRegionSettings, type RegionSettings } from './find-region-settings';
import type { AdminServiceOptions } from '@/server/services/service-options';

type SettingName = keyof RegionSettingsInput;

export function updateRegionSettings(
  { db, admin, audit, now = new Date() }: AdminServiceOptions,
  input: RegionSettingsInput,
): RegionSettings {
  assertRegionAdmin(admin);
  const { before, after } = db.transaction((tx) => {
    const previous = findRegionSettings(tx, admin.region.id);
    tx.update(regions)
      .set({
        postCategories: JSON.stringify(input.postCategories),
        twoFactorPolicy: input.twoFactorPolicy,
        deviceApprovalRequired: input.deviceApprovalRequired,
        idleTimeoutMinutes: input.idleTimeoutMinutes,
      })
      .where(eq(regions.id, admin.region.id))
      .run();
    return { before: previous, after: findRegionSettings(tx, admin.region.id) };
  });
  if (!before || !after) throw new Error('the administrator’s region vanished');
  const changed = (Object.keys(input) as SettingName[]).filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
  if (changed.length > 0) {
    appendAuditEntry(
      db,
      {
        action: 'region.settingsChanged',
        actor: audit.actor,
        target: { type: 'region', id: admin.region.id },
        request: audit.request,
        details: Object.fromEntries(changed.map((name) => [name, { from: before[name], to: after[name] }])),
      },
      now.getTime(),
    );
  }
  return after;
}
