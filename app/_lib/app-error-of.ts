/** Narrows anything a tRPC call threw to an AppError payload the UI can translate. */
import { TRPCClientError } from '@trpc/client';
import { isAppErrorCode, type AppErrorPayload } from '@/lib/errors/app-error';

export type ClientError = AppErrorPayload | { code: 'NETWORK' };

export function clientErrorOf(error: unknown): ClientError {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<never>).data as { appError?: { code?: unknown; details?: unknown } } | undefined;
    const appError = data?.appError;
    if (appError && isAppErrorCode(appError.code)) {
      return { code: appError.code, details: (appError.details ?? undefined) as AppErrorPayload['details'] };
    }
    // No tRPC shape at all: the request never reached the server, or a proxy answered.
    if (!data) return { code: 'NETWORK' };
  }
  return { code: 'INTERNAL' };
}
