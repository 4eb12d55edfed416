import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { AppError, appErrorCodes } from '@/lib/errors/app-error';
import { appErrorFrom, httpStatusOf, toTrpcError, trpcCodeOf } from '@/server/trpc/error-codes';

describe('AppError → tRPC', () => {
  it('maps every code, keeping the AppError as the cause', () => {
    for (const code of Object.keys(appErrorCodes) as Array<keyof typeof appErrorCodes>) {
      const appError = new AppError(code);
      const trpcError = toTrpcError(appError);
      expect(trpcError.code).toBe(trpcCodeOf[code]);
      expect(trpcError.cause).toBe(appError);
      expect(trpcError.message).toBe(code);
    }
  });

  it.each([
    ['INVALID_CREDENTIALS', 401],
    ['LOGIN_LOCKED', 429],
    ['ORIGIN_MISMATCH', 403],
    ['PASSWORD_POLICY', 400],
    ['CLIENT_OUTDATED', 412],
    ['INTERNAL', 500],
  ] as const)('%s answers HTTP %d', (code, status) => {
    expect(httpStatusOf(code)).toBe(status);
  });

  it('reads the AppError back, and names tRPC’s own errors', () => {
    const locked = new AppError('LOGIN_LOCKED', { until: '2030-01-01T00:00:00.000Z' });
    expect(appErrorFrom(toTrpcError(locked))).toBe(locked);
    expect(appErrorFrom(new TRPCError({ code: 'BAD_REQUEST' })).code).toBe('INVALID_INPUT');
    expect(appErrorFrom(new TRPCError({ code: 'UNAUTHORIZED' })).code).toBe('UNAUTHENTICATED');
    expect(appErrorFrom(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('secret detail') })).code).toBe('INTERNAL');
  });
});
