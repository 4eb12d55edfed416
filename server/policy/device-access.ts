/**
 * Whether patient data may reach the device a session is on: once an administrator approved it.
 * A device still pending after its region stopped requiring approval needs none; a session with
 * no device record only where approval is not required. Every patient procedure and file route
 * asks (server/trpc/service-options.ts, server/http/signed-in-request.ts).
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { SignedIn } from '@/server/services/auth/auth-context';

export function mayReceivePatientData(signedIn: Pick<SignedIn, 'device' | 'user'>): boolean {
  const status = signedIn.device?.status ?? 'pending';
  if (status === 'approved') return true;
  return status === 'pending' && !signedIn.user.region.deviceApprovalRequired;
}

export function assertMayReceivePatientData(signedIn: Pick<SignedIn, 'device' | 'user'>): void {
  if (!mayReceivePatientData(signedIn)) throw new AppError('DEVICE_NOT_APPROVED');
}
