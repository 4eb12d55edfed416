/**
 * Where a user's key ring lives on the device: in localStorage, one entry per user. It holds only
 * wrapped copies of the data key, the password's salt and counters — nothing that opens the data
 * without the password or the server — so it may sit beside the encrypted databases. It goes with
 * them in every wipe.
 */
import 'client-only';
import { nameSafe } from '../device-generation';
import { keyRingPrefix } from '../storage-keys';
import type { KeyRing } from './key-ring';

const prefix = keyRingPrefix;

export function readKeyRing(userId: string): KeyRing | null {
  try {
    const raw = localStorage.getItem(prefix + nameSafe(userId));
    const parsed = raw ? (JSON.parse(raw) as KeyRing) : null;
    return parsed?.version === 1 ? parsed : null;
  } catch {
    return null;
  }
}

export function writeKeyRing(userId: string, ring: KeyRing): void {
  localStorage.setItem(prefix + nameSafe(userId), JSON.stringify(ring));
}

export function forgetKeyRing(userId: string): void {
  try {
    localStorage.removeItem(prefix + nameSafe(userId));
  } catch {
    // Nothing stored.
  }
}
