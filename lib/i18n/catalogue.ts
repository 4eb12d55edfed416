/** The message catalogues and a tiny formatter; both languages ship with every page. */
import type { AppErrorCode } from '@/lib/errors/app-error';
import type { Locale } from './locales';
import { ja } from './messages/ja';
import { en } from './messages/en';

export type MessageKey = keyof typeof ja;
/** A catalogue with exactly the keys of a Japanese one: the whole (the default) or one area file. */
export type Messages<Japanese = typeof ja> = Record<keyof Japanese, string>;
export type MessageParams = Record<string, string | number>;

export const catalogues: Record<Locale, Messages> = { ja, en };

/** Every AppError code has a message: adding a code without one fails the typecheck. */
export const errorMessageKeys = {
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  CONFLICT: 'error.CONFLICT',
  INVALID_INPUT: 'error.INVALID_INPUT',
  INVALID_CREDENTIALS: 'error.INVALID_CREDENTIALS',
  LOGIN_LOCKED: 'error.LOGIN_LOCKED',
  ACCOUNT_DISABLED: 'error.ACCOUNT_DISABLED',
  PASSWORD_CHANGE_REQUIRED: 'error.PASSWORD_CHANGE_REQUIRED',
  PASSWORD_POLICY: 'error.PASSWORD_POLICY',
  PASSWORD_UNCHANGED: 'error.PASSWORD_UNCHANGED',
  WRONG_CURRENT_PASSWORD: 'error.WRONG_CURRENT_PASSWORD',
  ORIGIN_MISMATCH: 'error.ORIGIN_MISMATCH',
  CLIENT_OUTDATED: 'error.CLIENT_OUTDATED',
  RATE_LIMITED: 'error.RATE_LIMITED',
  REQUEST_TOO_LARGE: 'error.REQUEST_TOO_LARGE',
  REAUTHENTICATION_REQUIRED: 'error.REAUTHENTICATION_REQUIRED',
  DEVICE_NOT_APPROVED: 'error.DEVICE_NOT_APPROVED',
  DEVICE_REVOKED: 'error.DEVICE_REVOKED',
  SECOND_FACTOR_REQUIRED: 'error.SECOND_FACTOR_REQUIRED',
  SECOND_FACTOR_SETUP_REQUIRED: 'error.SECOND_FACTOR_SETUP_REQUIRED',
  SECOND_FACTOR_INVALID: 'error.SECOND_FACTOR_INVALID',
  SECOND_FACTOR_LAST: 'error.SECOND_FACTOR_LAST',
  FILE_TOO_LARGE: 'error.FILE_TOO_LARGE',
  QUOTA_EXCEEDED: 'error.QUOTA_EXCEEDED',
  UNSUPPORTED_TYPE: 'error.UNSUPPORTED_TYPE',
  TYPE_MISMATCH: 'error.TYPE_MISMATCH',
  IMAGE_TOO_LARGE: 'error.IMAGE_TOO_LARGE',
  UNREADABLE_IMAGE: 'error.UNREADABLE_IMAGE',
  HEIC_UNSUPPORTED: 'error.HEIC_UNSUPPORTED',
  INTERNAL: 'error.INTERNAL',
} as const satisfies Record<AppErrorCode, MessageKey>;

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
