/** One device by id, and whether it may receive patient data now. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { deviceKeyHash } from '@/server/auth/device-cookie';
import { AppError } from '@/lib/errors/app-error';
import type { CurrentDevice } from '@/lib/schemas/device';
import type { DbExecutor } from '@/server/db/client';
import { devices } from '@/server/db/schema';
import type { SignedIn } from '@/server/services/auth/auth-context';
import type { DeviceRow } from './recognize-device';

export function findDevice(db: DbExecutor, id: string): DeviceRow | null {
  return db.select().from(devices).where(eq(devices.id, id)).get() ?? null;
}

/** Whether this browser install is a revoked device (of anyone: a revoked tablet stays cut off). */
export function isRevokedDeviceKey(db: DbExecutor, deviceKey: string): boolean {
  return db.select({ id: devices.id }).from(devices).where(and(eq(devices.keyHash, deviceKeyHash(deviceKey)), eq(devices.status, 'revoked'))).get() !== undefined;
}

/**
 * Patient data reaches a device once approved. A device still pending after its region stopped
 * requiring approval needs none; a session with no device record only where approval is not required.
 */
export function mayReceivePatientData(signedIn: Pick<SignedIn, 'device' | 'user'>): boolean {
  const status = signedIn.device?.status ?? 'pending';
  if (status === 'approved') return true;
  return status === 'pending' && !signedIn.user.region.deviceApprovalRequired;
}

export function assertMayReceivePatientData(signedIn: Pick<SignedIn, 'device' | 'user'>): void {
  if (!mayReceivePatientData(signedIn)) throw new AppError('DEVICE_NOT_APPROVED');
}

export function currentDeviceOf(signedIn: Pick<SignedIn, 'device' | 'user'>): CurrentDevice | null {
  if (!signedIn.device) return null;
  return { id: signedIn.device.id, name: signedIn.device.name, status: signedIn.device.status, receivesPatientData: mayReceivePatientData(signedIn) };
}
