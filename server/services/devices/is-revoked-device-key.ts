/**
 * Whether a browser install (its device cookie) is a revoked device — of anyone: a revoked tablet
 * stays cut off whoever signs in on it.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { deviceKeyHash } from '@/server/auth/device-cookie';
import type { DbExecutor } from '@/server/db/client';
import { devices } from '@/server/db/schema';

export function isRevokedDeviceKey(db: DbExecutor, deviceKey: string): boolean {
  return (
    db
      .select({ id: devices.id })
      .from(devices)
      .where(and(eq(devices.keyHash, deviceKeyHash(deviceKey)), eq(devices.status, 'revoked')))
      .get() !== undefined
  );
}
