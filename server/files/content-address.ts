/**
 * Where a stored file lives: named by the SHA-256 of its bytes, in two levels of folders by its
 * first four hex digits (at most 65,536 folders, a few hundred files each at a million files).
 */
import 'server-only';
import path from 'node:path';

const sha256Hex = /^[0-9a-f]{64}$/;

export function isSha256Hex(value: string): boolean {
  return sha256Hex.test(value);
}

/** Checked before anything touches the filesystem: a hash is the only name a stored file has. */
export function relativePathOf(sha256: string): string {
  if (!isSha256Hex(sha256)) throw new TypeError('not a SHA-256 digest in lowercase hex');
  return path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function isFanOutFolder(name: string): boolean {
  return /^[0-9a-f]{2}$/.test(name);
}
