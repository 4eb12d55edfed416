/** The SHA-256 of some bytes in lowercase hex, as a device announces an upload. */
import 'server-only';
import { createHash } from 'node:crypto';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
