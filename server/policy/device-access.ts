/**
 * Whether patient data may reach the device a session is on: once an administrator approved it.
 * A device still pending after its region stopped requiring approval needs none; a session with
 * no device record only where approval is not required. Every patient procedure and file route
 * asks (server/trpc/service-options.ts, server/http/signed-in-request.ts).
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { DeviceRow } from '@/server/db/schema';
import type { UserRecord } from '@/server/db/user-record';

/** A session's device, and whose region's rule applies. */
export interface DeviceInHand {
  device: Pick<DeviceRow, 'status'> | null;
  user: { region: Pick<UserRecord['region'], 'deviceApprovalRequired'> };
}

export function mayReceivePatientData(signedIn: DeviceInHand): boolean {
  const status = signedIn.device?.status ?? 'pending';
  if (status === 'approved') return true;
  return status === 'pending' && !signedIn.user.region.deviceApprovalRequired;
}

export function assertMayReceivePatientData(signedIn: DeviceInHand): void {
  if (!mayReceivePatientData(signedIn)) throw new AppError('DEVICE_NOT_APPROVED');
}
