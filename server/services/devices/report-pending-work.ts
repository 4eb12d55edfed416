/**
 * The device in hand says how much of its user's work waits in it unsent, so that signing it out
 * from elsewhere (My devices, sign out everywhere) can say so. Not audited: no data changes, and it
 * is sent whenever the count changes.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { ReportPendingInput } from '@/lib/schemas/device';
import { devices } from '@/server/db/schema';
import type { OwnDeviceServiceOptions } from '@/server/services/service-options';

export function reportPendingWork({ db, currentDeviceId, now = new Date() }: OwnDeviceServiceOptions, input: ReportPendingInput): void {
  if (!currentDeviceId) throw new AppError('INVALID_INPUT', { reason: 'noDevice' });
  db.update(devices).set({ pendingCount: input.count, pendingReportedAt: now }).where(eq(devices.id, currentDeviceId)).run();
}
