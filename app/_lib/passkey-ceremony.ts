'use client';
/**
 * Runs a WebAuthn ceremony in the browser (@simplewebauthn/browser) and tells apart what the user
 * should hear: they cancelled (or the browser timed out), the browser cannot do passkeys, or the
 * answer is there to send to the server.
 */
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';

type AuthenticationOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];
type RegistrationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
export type CeremonyResult<T> = { ok: true; response: T } | { ok: false; reason: 'cancelled' | 'unsupported' };

async function run<T>(ceremony: () => Promise<T>): Promise<CeremonyResult<T>> {
  if (!browserSupportsWebAuthn()) return { ok: false, reason: 'unsupported' };
  try {
    return { ok: true, response: await ceremony() };
  } catch (error) {
    if (error instanceof Error && ['NotAllowedError', 'AbortError', 'InvalidStateError'].includes(error.name))
      return { ok: false, reason: 'cancelled' };
    throw error;
  }
}

export function authenticateWithPasskey(optionsJSON: AuthenticationOptions) {
  return run(() => startAuthentication({ optionsJSON }));
}

export function registerPasskey(optionsJSON: RegistrationOptions) {
  return run(() => startRegistration({ optionsJSON }));
}
