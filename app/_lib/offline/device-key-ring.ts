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

/**
 * Stores the password's copy of the key once it is made (`OpenedRing.passwordCopy`), into the ring
 * as it is then — only while that is still the ring the copy belongs to: a sign-out in the meantime
 * removed it, or another sign-in replaced it. Call it after the opened ring itself was stored.
 */
export async function storePasswordCopy(userId: string, byServer: string, copy: Promise<string>): Promise<void> {
  const byPassword = await copy.catch(() => null);
  const ring = readKeyRing(userId);
  if (byPassword && ring?.byServer === byServer) writeKeyRing(userId, { ...ring, byPassword });
}
