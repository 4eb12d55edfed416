'use client';
/** Changes to the user's key ring made outside the key gate (./device-key.tsx). */
import { noteServerContact, rewrapForNewPassword } from '@/lib/offline/encryption/key-ring';
import { readKeyRing, writeKeyRing } from '@/lib/offline/encryption/key-store';

/** What the password screen calls after a password change: the new password unlocks offline, the old no more. */
export async function rewrapDevicePassword(userId: string, oldPassword: string, newPassword: string): Promise<void> {
  const ring = readKeyRing(userId);
  if (!ring) return;
  const next = await rewrapForNewPassword(ring, oldPassword, newPassword).catch(() => null);
  if (next) writeKeyRing(userId, next);
}

/** The device reached the server: the offline limit starts again (written at most once a minute). */
export function noteDeviceReachedServer(userId: string): void {
  const ring = readKeyRing(userId);
  if (ring && Date.now() - ring.lastServerContactAt > 60_000) writeKeyRing(userId, noteServerContact(ring));
}
