/** One device by id. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { devices, type DeviceRow } from '@/server/db/schema';

export function findDevice(db: DbExecutor, id: string): DeviceRow | null {
  return db.select().from(devices).where(eq(devices.id, id)).get() ?? null;
}
