'use client';
/**
 * The patient whose timeline this user opened last on this device, for the home-screen shortcut
 * "New photo for the last patient". Only the record's opaque id is kept, never a name.
 */
const keyOf = (userId: string) => `renraku.lastPatient.${userId}`;

export function rememberLastPatient(userId: string, patientId: string): void {
  try {
    localStorage.setItem(keyOf(userId), patientId);
  } catch {
    // Storage refused (a private window): the shortcut then opens the patient list.
  }
}

export function findLastPatient(userId: string): string | null {
  try {
    return localStorage.getItem(keyOf(userId));
  } catch {
    return null;
  }
}

/** At sign-out and wipe. */
export function forgetLastPatient(userId: string): void {
  try {
    localStorage.removeItem(keyOf(userId));
  } catch {
    // Nothing stored.
  }
}
