/** The administrator's own region's settings, with its name and portal address, for the settings screen. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { regions } from '@/server/db/schema';
import { assertRegionAdmin } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { findRegionSettings, type RegionSettings } from './find-region-settings';

export function getRegionSettings({
  db,
  admin,
}: Pick<AdminServiceOptions, 'db' | 'admin'>): RegionSettings & { name: string; slug: string | null } {
  assertRegionAdmin(admin);
  const settings = findRegionSettings(db, admin.region.id);
  const region = db.select({ name: regions.name, slug: regions.slug }).from(regions).where(eq(regions.id, admin.region.id)).get();
  if (!settings || !region) throw new AppError('NOT_FOUND');
  return { ...settings, ...region };
}
