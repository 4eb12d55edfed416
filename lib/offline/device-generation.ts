/**
 * Which set of database names this device uses for a user, and whether anything the user wrote
 * lives in it. A database WebKit could not create (its creation held by a page it suspended, see
 * idb-connections.ts) cannot be reopened under its name until the browser restarts; a device that
 * holds nothing unsent then starts a new generation of names and pulls everything again from the
 * server. One that holds unsent work never does: it waits for a restart, losing nothing.
 */
import 'client-only';

const generationKey = (userId: string) => `renraku.generation.${nameSafe(userId)}`;
const writesKey = (userId: string, generation: number) => `renraku.localWrites.${nameSafe(userId)}.${generation}`;

/** IndexedDB names are visible to anyone with the device; keep them free of personal data. */
export function nameSafe(userId: string): string {
  return userId.replace(/[^a-z0-9]/gi, '').toLowerCase();
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Without localStorage every page uses the first generation; nothing else changes.
  }
}

export function databaseGeneration(userId: string): number {
  const value = Number(read(generationKey(userId)) ?? 0);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

/** The suffix of this generation's names: none for the first, so existing devices keep theirs. */
export function generationSuffix(userId: string): string {
  const generation = databaseGeneration(userId);
  return generation === 0 ? '' : `-g${generation}`;
}

/** Records that the user wrote something on this device in the current generation. */
export function noteLocalWrite(userId: string): void {
  write(writesKey(userId, databaseGeneration(userId)), '1');
}

export function hasLocalWrites(userId: string): boolean {
  return read(writesKey(userId, databaseGeneration(userId))) !== null;
}

/** Moves to fresh database names; refused (false) while anything the user wrote is in the current ones. */
export function startNextGeneration(userId: string): boolean {
  if (hasLocalWrites(userId)) return false;
  write(generationKey(userId), String(databaseGeneration(userId) + 1));
  return true;
}

/** Forgets generations and marks (a wipe removed every database). */
export function forgetGenerations(userId: string): void {
  const generation = databaseGeneration(userId);
  for (let each = 0; each <= generation; each += 1) write(writesKey(userId, each), null);
  write(generationKey(userId), null);
}
