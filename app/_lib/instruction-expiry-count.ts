'use client';
/**
 * How many instructions the home screen's warning listed last time on this device, so that it
 * keeps their place while the device's database opens instead of pushing the screen down under a
 * finger (Sign out moved 120 px as the warning appeared). A count only, never a name.
 */
const keyOf = (userId: string) => `renraku.instructionExpiry.${userId}`;

export function rememberInstructionExpiryCount(userId: string, count: number): void {
  try {
    if (count > 0) localStorage.setItem(keyOf(userId), String(count));
    else localStorage.removeItem(keyOf(userId));
  } catch {
    // Storage refused (a private window): the warning then appears when the database has opened.
  }
}

export function findInstructionExpiryCount(userId: string): number {
  try {
    const count = Number(localStorage.getItem(keyOf(userId)));
    return Number.isInteger(count) && count > 0 ? Math.min(count, 20) : 0;
  } catch {
    return 0;
  }
}

/** At sign-out and wipe. */
export function forgetInstructionExpiryCount(userId: string): void {
  rememberInstructionExpiryCount(userId, 0);
}
