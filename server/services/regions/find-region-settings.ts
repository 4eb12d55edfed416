/**
 * A region's settings as the rest of the server reads them: the session's idle timeout, device
 * approval and sign-in policy consume `findRegionSettings`; the composer gets the categories
 * through the signed-in profile.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { regionCategoriesOf, type PostCategory } from '@/lib/domain/categories';
import type { TwoFactorPolicy } from '@/lib/schemas/region';
import type { DbExecutor } from '@/server/db/client';
import { regions } from '@/server/db/schema';

export interface RegionSettings {
  regionId: string;
  /** Enabled, in display order; never empty. */
  postCategories: PostCategory[];
  twoFactorPolicy: TwoFactorPolicy;
  deviceApprovalRequired: boolean;
  /** null: the server's RENRAKU_SESSION_IDLE_TIMEOUT. */
  idleTimeoutMinutes: number | null;
  lockAfterMinutes: number;
  offlineLimitHours: number;
}

export function findRegionSettings(db: DbExecutor, regionId: string): RegionSettings | null {
  const row = db.select().from(regions).where(eq(regions.id, regionId)).get();
  if (!row) return null;
  return {
    regionId: row.id,
    postCategories: regionCategoriesOf(row.postCategories),
    twoFactorPolicy: row.twoFactorPolicy,
    deviceApprovalRequired: row.deviceApprovalRequired,
    idleTimeoutMinutes: row.idleTimeoutMinutes,
    lockAfterMinutes: row.lockAfterMinutes,
    offlineLimitHours: row.offlineLimitHours,
  };
}
