/**
 * The data key of one user on one device, and the copies of it kept at rest — only wrapped: by a
 * key derived from the account password (PBKDF2-SHA-256, 600,000 iterations, a salt of this device;
 * it unlocks the device offline), and by a secret the server keeps for this device and releases
 * only to a full sign-in (so a forgotten lock or an expired offline period never loses unsent
 * work). Unwrapped, the key is imported non-extractable and lives only in memory; the raw bytes
 * exist for a moment inside these functions. A short PIN never protects it: it would fall to
 * offline guessing.
 */
import { decryptBytes, encryptBytes, fromBase64, toBase64 } from './cipher';

export const passwordIterations = 600_000;
/** Wrong passwords at the lock screen before the password copy is deleted (an online sign-in is then needed). */
export const maxFailedUnlocks = 5;

export interface KeyRing {
  version: 1;
  /** This device's salt for the password's key derivation (base64). */
  salt: string;
  iterations: number;
  /** The data key wrapped by the password's key; null once deleted (too many wrong passwords, offline too long). */
  byPassword: string | null;
  /** The data key wrapped by the server's secret for this device. */
  byServer: string;
  failedUnlocks: number;
  /** When the device last reached the server (ms): the offline time limit counts from here. */
  lastServerContactAt: number;
  /** The region's limits as the server last gave them (absent until then: the defaults). */
  limits?: DeviceLimits;
}

export interface DeviceLimits {
  lockAfterMinutes: number;
  offlineLimitHours: number;
}

export const defaultLimits: DeviceLimits = { lockAfterMinutes: 5, offlineLimitHours: 72 };

export function limitsOf(ring: KeyRing): DeviceLimits {
  return ring.limits ?? defaultLimits;
}

async function importRawKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

async function passwordKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, base, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

function serverKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return importRawKey(secret);
}

async function wrap(kek: CryptoKey, raw: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(await encryptBytes(kek, raw));
}

/**
 * A ring opened (or made) and its key for use. With a password typed just now, its copy of the key
 * (`byPassword`) is still being made when this is handed back: 600,000 rounds of PBKDF2 take
 * 0.1–0.5 s of a tablet's processor, which the first screen and the first sync need not wait for.
 * Until the copy is stored, `ring` holds the copy it had (none on a new ring), as it did before
 * the sign-in. The data key's raw bytes are forgotten once the copy is made.
 */
export interface OpenedRing {
  ring: KeyRing;
  key: CryptoKey;
  passwordCopy: Promise<string> | null;
}

/** The ring with its password's copy, once made: what a caller that waits for it stores. */
export async function withPasswordCopy(opened: OpenedRing): Promise<KeyRing> {
  return opened.passwordCopy ? { ...opened.ring, byPassword: await opened.passwordCopy } : opened.ring;
}

/** Imports the raw key for use and, with a password, starts wrapping it for the password; then forgets the raw bytes. */
async function finish(raw: Uint8Array<ArrayBuffer>, ring: KeyRing, password: string | null): Promise<OpenedRing> {
  let key: CryptoKey;
  try {
    key = await importRawKey(raw);
  } catch (error) {
    raw.fill(0);
    throw error;
  }
  const unlocked = { ...ring, failedUnlocks: 0 };
  if (password === null) {
    raw.fill(0);
    return { ring: unlocked, key, passwordCopy: null };
  }
  const passwordCopy = passwordKey(password, fromBase64(ring.salt), ring.iterations)
    .then((kek) => wrap(kek, raw))
    .finally(() => raw.fill(0));
  return { ring: unlocked, key, passwordCopy };
}

/** A new data key for a user on this device, wrapped by the server's secret and, if given, the password. */
export async function createKeyRing(
  serverSecret: Uint8Array<ArrayBuffer>,
  password: string | null,
  now = Date.now(),
  iterations = passwordIterations,
): Promise<OpenedRing> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const ring: KeyRing = {
    version: 1,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16)).buffer),
    iterations,
    byPassword: null,
    byServer: await wrap(await serverKey(serverSecret), raw),
    failedUnlocks: 0,
    lastServerContactAt: now,
  };
  return finish(raw, ring, password);
}

/**
 * Unlocks with the server's secret (a full sign-in, online); with the password typed at that
 * sign-in, the password's copy is made again (a new password, or one deleted by the limits).
 */
export async function unlockWithServer(
  ring: KeyRing,
  serverSecret: Uint8Array<ArrayBuffer>,
  password: string | null,
  now = Date.now(),
): Promise<OpenedRing> {
  const raw = new Uint8Array(await decryptBytes(await serverKey(serverSecret), fromBase64(ring.byServer)));
  return finish(raw, { ...ring, lastServerContactAt: now }, password);
}

/**
 * Unlocks offline with the password. A wrong one counts; at the limit the password's copy goes
 * and only an online sign-in unlocks (`ring` in the error's place tells the caller what to store).
 */
export async function unlockWithPassword(ring: KeyRing, password: string): Promise<{ ring: KeyRing; key: CryptoKey | null }> {
  if (!ring.byPassword) return { ring, key: null };
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = new Uint8Array(
      await decryptBytes(await passwordKey(password, fromBase64(ring.salt), ring.iterations), fromBase64(ring.byPassword)),
    );
  } catch {
    const failedUnlocks = ring.failedUnlocks + 1;
    const locked = failedUnlocks >= maxFailedUnlocks;
    return { ring: { ...ring, failedUnlocks, byPassword: locked ? null : ring.byPassword }, key: null };
  }
  return finish(raw, ring, null);
}

/** After the offline limit without reaching the server, the password no longer unlocks. */
export function enforceOfflineLimit(ring: KeyRing, limitMs: number, now = Date.now()): KeyRing {
  return now - ring.lastServerContactAt > limitMs && ring.byPassword ? { ...ring, byPassword: null } : ring;
}

export function noteServerContact(ring: KeyRing, now = Date.now()): KeyRing {
  return { ...ring, lastServerContactAt: now };
}

/**
 * The account's password changed on this device: the password's copy of the key is made again
 * with the new one (the old password stops unlocking at once). False when there is no password
 * copy or the old password does not open it; the next full sign-in then makes one.
 */
export async function rewrapForNewPassword(ring: KeyRing, oldPassword: string, newPassword: string): Promise<KeyRing | null> {
  if (!ring.byPassword) return null;
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = new Uint8Array(
      await decryptBytes(await passwordKey(oldPassword, fromBase64(ring.salt), ring.iterations), fromBase64(ring.byPassword)),
    );
  } catch {
    return null;
  }
  return withPasswordCopy(await finish(raw, ring, newPassword));
}

/**
 * The server's secret does not open the ring (this browser became a new device to the server, its
 * device cookie lost): the password typed at sign-in opens it instead, and the key is wrapped again
 * for the new secret. Null when the password does not open it either.
 */
export async function adoptServerSecret(
  ring: KeyRing,
  password: string,
  serverSecret: Uint8Array<ArrayBuffer>,
  now = Date.now(),
): Promise<OpenedRing | null> {
  if (!ring.byPassword) return null;
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = new Uint8Array(
      await decryptBytes(await passwordKey(password, fromBase64(ring.salt), ring.iterations), fromBase64(ring.byPassword)),
    );
  } catch {
    return null;
  }
  const byServer = await wrap(await serverKey(serverSecret), raw);
  // The password's copy just opened: it stays as it is (no second derivation).
  return finish(raw, { ...ring, byServer, lastServerContactAt: now }, null);
}

/**
 * The data key opened with the server's secret for reading only, its bytes never in script (one
 * `unwrapKey`): for the service worker, which opens a reopened screen's kept picture as the
 * navigation begins (app/_lib/early-screen/early-picture-worker.ts). Throws for another secret or
 * an altered copy.
 */
export async function openForReading(byServer: string, serverSecret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const gcm = { name: 'AES-GCM' };
  const unwrapping = await crypto.subtle.importKey('raw', serverSecret, gcm, false, ['unwrapKey']);
  const wrapped = fromBase64(byServer);
  return crypto.subtle.unwrapKey('raw', wrapped.subarray(12), unwrapping, { ...gcm, iv: wrapped.subarray(0, 12) }, gcm, false, ['decrypt']);
}
