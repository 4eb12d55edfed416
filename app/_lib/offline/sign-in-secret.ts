'use client';
/**
 * The password typed at sign-in (or a password change), held in this page's memory only until the
 * device key is unlocked with it (app/_lib/offline/device-key.tsx) — a copy of the data key is then
 * wrapped with it so the device can be unlocked offline — and never longer than a few minutes.
 * Never written anywhere.
 */
const holdMs = 5 * 60_000;
let held: { password: string; at: number } | null = null;
const listeners = new Set<() => void>();

export function holdSignInPassword(password: string): void {
  held = { password, at: Date.now() };
  for (const listener of listeners) listener();
}

/** The held password, once (it is forgotten here). */
export function takeSignInPassword(): string | null {
  const value = held && Date.now() - held.at < holdMs ? held.password : null;
  held = null;
  return value;
}

export function hasHeldPassword(): boolean {
  return held !== null && Date.now() - held.at < holdMs;
}

/** Called when a password is held (a password changed while the device is unlocked). */
export function onPasswordHeld(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
