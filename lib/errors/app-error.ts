/**
 * The one error type users can meet. Codes are a closed set; the server maps each to a tRPC code
 * and HTTP status once (server/trpc/error-codes.ts), the client narrows on `code` and shows the
 * translated message (lib/i18n).
 */
export const appErrorCodes = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_INPUT: 'INVALID_INPUT',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  LOGIN_LOCKED: 'LOGIN_LOCKED',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  PASSWORD_POLICY: 'PASSWORD_POLICY',
  PASSWORD_UNCHANGED: 'PASSWORD_UNCHANGED',
  WRONG_CURRENT_PASSWORD: 'WRONG_CURRENT_PASSWORD',
  ORIGIN_MISMATCH: 'ORIGIN_MISMATCH',
  CLIENT_OUTDATED: 'CLIENT_OUTDATED',
  /** Too many requests of one kind from one place (applications from an IP, uploads at once, live streams). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A request body over the limit for its route, refused before it is read. */
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  /** Changing sign-in factors needs the password or a current factor again, within the last few minutes. */
  REAUTHENTICATION_REQUIRED: 'REAUTHENTICATION_REQUIRED',
  // Devices (server/services/devices): patient data only reaches approved devices.
  DEVICE_NOT_APPROVED: 'DEVICE_NOT_APPROVED',
  DEVICE_REVOKED: 'DEVICE_REVOKED',
  // Second factors (server/services/second-factors): the step after the password, and enrolment.
  SECOND_FACTOR_REQUIRED: 'SECOND_FACTOR_REQUIRED',
  SECOND_FACTOR_SETUP_REQUIRED: 'SECOND_FACTOR_SETUP_REQUIRED',
  SECOND_FACTOR_INVALID: 'SECOND_FACTOR_INVALID',
  SECOND_FACTOR_LAST: 'SECOND_FACTOR_LAST',
  // Files and photos (server/files): what an upload can be refused for.
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  UNSUPPORTED_TYPE: 'UNSUPPORTED_TYPE',
  TYPE_MISMATCH: 'TYPE_MISMATCH',
  IMAGE_TOO_LARGE: 'IMAGE_TOO_LARGE',
  UNREADABLE_IMAGE: 'UNREADABLE_IMAGE',
  HEIC_UNSUPPORTED: 'HEIC_UNSUPPORTED',
  INTERNAL: 'INTERNAL',
} as const;

export type AppErrorCode = keyof typeof appErrorCodes;

/** JSON-safe extra facts the UI may show, e.g. when a lockout ends. */
export type AppErrorDetails = Record<string, string | number | boolean | null | string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails | undefined;

  constructor(code: AppErrorCode, details?: AppErrorDetails, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === 'string' && value in appErrorCodes;
}

/** What an AppError looks like on the wire (inside the tRPC error shape, or a JSON body). */
export interface AppErrorPayload {
  code: AppErrorCode;
  details?: AppErrorDetails;
}
