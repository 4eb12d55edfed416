/** SHA-256 of bytes in hex: WebCrypto where the page is a secure context, a JS fallback elsewhere. */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  if (globalThis.crypto?.subtle) return encodeHexLowerCase(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
  return encodeHexLowerCase(sha256(new Uint8Array(bytes)));
}
