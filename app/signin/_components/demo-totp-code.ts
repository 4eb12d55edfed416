/** The code an authenticator app shows now for a demo administrator's public key (base32). */
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';

export function demoTotpCode(key: string): string {
  return generateTOTP(decodeBase32IgnorePadding(key), 30, 6);
}
