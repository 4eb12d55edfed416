/** Inputs of the second-factor procedures: codes, recovery codes, and passkey ceremonies (WebAuthn JSON). */
import { z } from 'zod';
import { passwordInput } from './password';

/** Six digits from the authenticator app; spaces people type are dropped by the server. */
export const totpCode = z.string().trim().min(1).max(16);
export const totpCodeInput = z.object({ code: totpCode });
export const confirmTotpInput = z.object({ secret: z.string().trim().min(1).max(64), code: totpCode });
export const recoveryCodeInput = z.object({ code: z.string().trim().min(1).max(32) });

/** Removing a factor: a current code from the app, or the password. */
export const identityProofInput = z
  .object({ code: totpCode.optional(), password: passwordInput.optional() })
  .refine((proof) => Boolean(proof.code) !== Boolean(proof.password), { message: 'one of code or password' });
export type IdentityProofInput = z.infer<typeof identityProofInput>;

export const passkeyNameMaxLength = 60;
export const passkeyName = z.string().trim().min(1).max(passkeyNameMaxLength);

const base64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/);
const challengeId = z.string().min(1).max(64);
/** Not read by the server; any small object (the browser's type has no index signature). */
const clientExtensionResults = z.custom<object>(
  (value) => typeof value === 'object' && value !== null && JSON.stringify(value).length <= 4096,
);

/** What @simplewebauthn/browser's startRegistration returns (the fields the server verifies; others are dropped). */
export const registrationResponse = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z.array(z.string().max(32)).max(16).optional(),
  }),
  clientExtensionResults,
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

/** What startAuthentication returns. */
export const authenticationResponse = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
  clientExtensionResults,
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

export const registerPasskeyInput = z.object({ challengeId, name: passkeyName, response: registrationResponse });
export const passkeyAssertionInput = z.object({ challengeId, response: authenticationResponse });
export type PasskeyAssertionInput = z.infer<typeof passkeyAssertionInput>;
export const renamePasskeyInput = z.object({ id: base64url.min(1).max(1024), name: passkeyName });
export const passkeyTarget = z.object({ id: base64url.min(1).max(1024) });

/** How long a proof of identity lets a session change sign-in factors. */
export const reauthenticationWindowMinutes = 5;

/** Proving it is you again before changing sign-in factors: the password, a code from the app, or a passkey. */
export const reauthenticateInput = z
  .object({ password: passwordInput.optional(), code: totpCode.optional(), passkey: passkeyAssertionInput.optional() })
  .refine((proof) => [proof.password, proof.code, proof.passkey].filter(Boolean).length === 1, { message: 'exactly one proof' });
export type ReauthenticateInput = z.infer<typeof reauthenticateInput>;
