/** The one table from AppError codes to tRPC codes (and through them, HTTP statuses). */
import 'server-only';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { AppError, type AppErrorCode } from '@/lib/errors/app-error';

type TrpcCode = TRPCError['code'];

export const trpcCodeOf = {
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_INPUT: 'BAD_REQUEST',
  INVALID_CREDENTIALS: 'UNAUTHORIZED',
  LOGIN_LOCKED: 'TOO_MANY_REQUESTS',
  ACCOUNT_DISABLED: 'FORBIDDEN',
  PASSWORD_CHANGE_REQUIRED: 'FORBIDDEN',
  PASSWORD_POLICY: 'BAD_REQUEST',
  PASSWORD_UNCHANGED: 'BAD_REQUEST',
  WRONG_CURRENT_PASSWORD: 'BAD_REQUEST',
  ORIGIN_MISMATCH: 'FORBIDDEN',
  CLIENT_OUTDATED: 'PRECONDITION_FAILED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  REQUEST_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  REAUTHENTICATION_REQUIRED: 'FORBIDDEN',
  DEVICE_NOT_APPROVED: 'FORBIDDEN',
  DEVICE_REVOKED: 'FORBIDDEN',
  SECOND_FACTOR_REQUIRED: 'FORBIDDEN',
  SECOND_FACTOR_SETUP_REQUIRED: 'FORBIDDEN',
  SECOND_FACTOR_INVALID: 'BAD_REQUEST',
  SECOND_FACTOR_LAST: 'CONFLICT',
  FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  QUOTA_EXCEEDED: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  TYPE_MISMATCH: 'UNSUPPORTED_MEDIA_TYPE',
  IMAGE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNREADABLE_IMAGE: 'UNPROCESSABLE_CONTENT',
  HEIC_UNSUPPORTED: 'UNSUPPORTED_MEDIA_TYPE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<AppErrorCode, TrpcCode>;

export function toTrpcError(error: AppError): TRPCError {
  return new TRPCError({ code: trpcCodeOf[error.code], message: error.code, cause: error });
}

export function httpStatusOf(code: AppErrorCode): number {
  return getHTTPStatusCodeFromError(new TRPCError({ code: trpcCodeOf[code] }));
}

/** Reads an AppError back out of whatever tRPC caught; tRPC's own input errors become INVALID_INPUT. */
export function appErrorFrom(error: TRPCError): AppError {
  if (error.cause instanceof AppError) return error.cause;
  if (error.code === 'BAD_REQUEST' || error.code === 'PARSE_ERROR') return new AppError('INVALID_INPUT');
  if (error.code === 'UNAUTHORIZED') return new AppError('UNAUTHENTICATED');
  if (error.code === 'FORBIDDEN') return new AppError('FORBIDDEN');
  if (error.code === 'NOT_FOUND') return new AppError('NOT_FOUND');
  return new AppError('INTERNAL');
}
