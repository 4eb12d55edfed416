/**
 * The server's half of a device's encryption at rest (lib/offline/encryption/key-ring.ts): each
 * device has a random secret that wraps the data key its app encrypts patient data with. It is
 * given only to a full sign-in — the password, and a second factor where one is required — within
 * the last few minutes, never to a session merely kept alive, so a locked or stolen tablet whose
 * session still runs cannot open its own data without its user. With it come the region's lock
 * and offline limits, which the device keeps for when it is offline. Every release is audited.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { DeviceKeyRelease } from '@/lib/schemas/device';
import { audit } from '@/server/audit/audit';
import { devices } from '@/server/db/schema';
import type { OwnDeviceServiceOptions, SignedIn } from '@/server/services/service-options';

/** How long after proving who they are a user's device may be given its secret. */
export const keyReleaseWindowMs = 5 * 60_000;

/**
 * When the session last proved its user: the sign-in (password), its second factor, or a
 * re-authentication (the lock screen's password checked online, secondFactor.reauthenticate).
 */
export function lastProofAt(session: SignedIn['session']): number {
  return Math.max(session.createdAt.getTime(), session.secondFactorAt?.getTime() ?? 0, session.reauthenticatedAt?.getTime() ?? 0);
}

export function releaseDeviceKey(options: OwnDeviceServiceOptions, signedIn: SignedIn): DeviceKeyRelease {
  const { db } = options;
  const now = options.now ?? new Date();
  const device = signedIn.device;
  if (!device || device.id !== options.currentDeviceId) throw new AppError('INVALID_INPUT', { reason: 'noDevice' });
  if (device.status === 'revoked') throw new AppError('DEVICE_REVOKED');
  if (now.getTime() - lastProofAt(signedIn.session) > keyReleaseWindowMs) throw new AppError('FORBIDDEN', { reason: 'signInAgain' });
  const secret = db.transaction((tx) => {
    const stored = tx.select({ keySecret: devices.keySecret }).from(devices).where(eq(devices.id, device.id)).get()?.keySecret ?? null;
    const value = stored ?? randomBytes(32);
    if (!stored) tx.update(devices).set({ keySecret: value }).where(eq(devices.id, device.id)).run();
    audit(options, 'device.keyReleased', { target: { type: 'device', id: device.id }, details: { created: !stored } }, tx);
    return value;
  });
  return {
    secret: secret.toString('base64'),
    lockAfterMinutes: signedIn.user.region.lockAfterMinutes,
    offlineLimitHours: signedIn.user.region.offlineLimitHours,
  };
}
