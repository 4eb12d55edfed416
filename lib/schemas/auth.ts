/** Inputs of the sign-in and account procedures; the forms use the same shapes. */
import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { passwordInput, passwordMaxLength } from './password';

/** Login IDs are half-width: letters, digits, `-`, `_` and `.`, compared case-insensitively. */
export const loginIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;
export const loginId = z
  .string()
  .trim()
  .max(64)
  .regex(loginIdPattern)
  .transform((value) => value.toLowerCase());

export const signInInput = z.object({
  loginId: z.string().trim().min(1).max(64),
  password: passwordInput,
  /** The portal the sign-in page was opened from (`/signin?region=<slug>`): whose log a failure for an unknown ID goes to. */
  region: z.string().trim().max(63).optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

export const changePasswordInput = z.object({
  currentPassword: passwordInput,
  newPassword: z.string().min(1).max(passwordMaxLength),
  /** Also remove every passkey (someone else may have added one): only when the user asks. */
  removePasskeys: z.boolean().default(false),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const setLocaleInput = z.object({ locale: z.enum(locales) });
export type SetLocaleInput = z.infer<typeof setLocaleInput>;
