/** One device by id; whether a browser install is a revoked device; what the browser is told of its own. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { deviceKeyHash } from '@/server/auth/device-cookie';
import type { CurrentDevice } from '@/lib/schemas/device';
import type { DbExecutor } from '@/server/db/client';
import { devices, type DeviceRow } from '@/server/db/schema';
import { mayReceivePatientData } from '@/server/policy/device-access';
import type { SignedIn } from '@/server/services/service-options';

export function findDevice(db: DbExecutor, id: string): DeviceRow | null {
  return db.select().from(devices).where(eq(devices.id, id)).get() ?? null;
}

/** Whether this browser install is a revoked device (of anyone: a revoked tablet stays cut off). */
export function isRevokedDeviceKey(db: DbExecutor, deviceKey: string): boolean {
  return (
    db
      .select({ id: devices.id })
      .from(devices)
      .where(and(eq(devices.keyHash, deviceKeyHash(deviceKey)), eq(devices.status, 'revoked')))
      .get() !== undefined
  );
}

export function currentDeviceOf(signedIn: Pick<SignedIn, 'device' | 'user'>): CurrentDevice | null {
  if (!signedIn.device) return null;
  return {
    id: signedIn.device.id,
    name: signedIn.device.name,
    status: signedIn.device.status,
    receivesPatientData: mayReceivePatientData(signedIn),
  };
}
