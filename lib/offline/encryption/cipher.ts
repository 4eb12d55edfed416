/**
 * AES-GCM through WebCrypto for what the device stores: a fresh random 96-bit IV for every record
 * (never a counter, so two devices, tabs or restarts cannot repeat one under the same key), the IV
 * kept in front of the ciphertext, and GCM's tag refusing anything altered.
 */
const ivLength = 12;

/** IVs drawn 1,024 at a time (one `getRandomValues` call per record took 6 µs of a sync's every post); each used once. */
const ivsPerDraw = 1024;
let ivPool = new Uint8Array(0);
let ivOffset = 0;

function randomIv(): Uint8Array<ArrayBuffer> {
  if (ivOffset + ivLength > ivPool.length) {
    ivPool = crypto.getRandomValues(new Uint8Array(ivLength * ivsPerDraw));
    ivOffset = 0;
  }
  const iv = ivPool.slice(ivOffset, ivOffset + ivLength);
  ivOffset += ivLength;
  return iv;
}

/** IV followed by ciphertext and tag, in one buffer. */
export async function encryptBytes(key: CryptoKey, plain: BufferSource): Promise<ArrayBuffer> {
  const iv = randomIv();
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  const out = new Uint8Array(ivLength + sealed.length);
  out.set(iv, 0);
  out.set(sealed, ivLength);
  return out.buffer;
}

/** Throws (an OperationError) for a wrong key or a record altered in any way. */
export async function decryptBytes(key: CryptoKey, sealed: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  const bytes = sealed instanceof Uint8Array ? sealed : new Uint8Array(sealed);
  if (bytes.length < ivLength + 16) throw new DOMException('The record is too short to be sealed.', 'OperationError');
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, ivLength) }, key, bytes.subarray(ivLength));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The browser's own base64 (Chrome 140, Safari 18.2, Firefox 133), where it has it. */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
const nativeToBase64 = (Uint8Array.prototype as NativeBase64).toBase64;

/**
 * Every record the device stores goes through here, so the fallback matters too: `fromCharCode`
 * over 1 KB pieces (a byte at a time, or the whole array spread into arguments, took 25–100 µs a
 * post in Chromium, more than the cipher itself; the native call takes 1 µs).
 */
export function toBase64Fallback(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let index = 0; index < bytes.length; index += 1024) {
    pieces.push(String.fromCharCode.apply(null, bytes.subarray(index, index + 1024) as unknown as number[]));
  }
  return btoa(pieces.join(''));
}

export function fromBase64Fallback(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  return nativeToBase64 ? nativeToBase64.call(bytes) : toBase64Fallback(bytes);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return nativeFromBase64 ? nativeFromBase64(text) : fromBase64Fallback(text);
}

/** A text sealed into a base64 string (what RxDB documents carry). */
export async function encryptText(key: CryptoKey, text: string): Promise<string> {
  const iv = randomIv();
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(text));
  // The IV's 12 bytes are whole base64 groups: its text and the ciphertext's joined are those of the two joined (no copy).
  return toBase64(iv.buffer) + toBase64(sealed);
}

export async function decryptText(key: CryptoKey, sealed: string): Promise<string> {
  return decoder.decode(await decryptBytes(key, fromBase64(sealed)));
}

/** A JSON value sealed into a base64 string. */
export async function encryptJson(key: CryptoKey, value: unknown): Promise<string> {
  return encryptText(key, JSON.stringify(value));
}

export async function decryptJson<T = unknown>(key: CryptoKey, sealed: string): Promise<T> {
  return JSON.parse(await decryptText(key, sealed)) as T;
}
