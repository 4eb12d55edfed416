/**
 * tRPC's building blocks: superjson, errors shaped as AppErrors (never a stack trace), and the
 * procedures — public, protected (narrows to a signed-in user) and role-gated.
 */
import 'server-only';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { AppError } from '@/lib/errors/app-error';
import { administratorRoles, type Role } from '@/lib/domain/roles';
import { secondFactorDueFor } from '@/server/services/second-factors/second-factor-due';
import type { TrpcContext } from './context';
import { appErrorFrom, toTrpcError } from './error-codes';

export interface ProcedureMeta {
  /** Reachable while the user still has to replace an administrator-set password. */
  allowPendingPasswordChange?: boolean;
  /**
   * Reachable while the session still owes a second factor: `verify` while it must pass one it has
   * (the second sign-in step), `setup` while it must first enrol one (and change a set password),
   * `any` in both cases (sign-out, language).
   */
  allowPendingSecondFactor?: 'verify' | 'setup' | 'any';
}

const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    isDev: false,
    errorFormatter({ shape, error }) {
      const appError = appErrorFrom(error);
      return {
        message: appError.code,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          appError: { code: appError.code, details: appError.details ?? null },
        },
      };
    },
  });

export const createTrpcRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Services throw AppError; this turns it into the tRPC error with the right status. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) throw toTrpcError(result.error.cause);
  return result;
});

/** Every request that can change something must come from the app's own pages. */
const sameOrigin = t.middleware(({ ctx, next }) => {
  if (ctx.request.method !== 'GET' && ctx.request.method !== 'HEAD' && !ctx.request.sameOrigin) {
    throw toTrpcError(new AppError('ORIGIN_MISMATCH'));
  }
  return next();
});

export const publicProcedure = t.procedure.use(appErrors).use(sameOrigin);

export const protectedProcedure = publicProcedure.use(({ ctx, meta, next }) => {
  if (!ctx.auth) throw toTrpcError(new AppError('UNAUTHENTICATED', { reason: ctx.authProblem }));
  // Order matters: a factor the user has is passed first; a set password is changed before enrolling one.
  const secondFactor = secondFactorDueFor(ctx.db, ctx.auth);
  const allowed = meta?.allowPendingSecondFactor;
  if (secondFactor === 'required' && allowed !== 'verify' && allowed !== 'any') throw toTrpcError(new AppError('SECOND_FACTOR_REQUIRED'));
  if (ctx.auth.user.mustChangePassword && !meta?.allowPendingPasswordChange) {
    throw toTrpcError(new AppError('PASSWORD_CHANGE_REQUIRED'));
  }
  if (secondFactor === 'setupRequired' && allowed !== 'setup' && allowed !== 'any')
    throw toTrpcError(new AppError('SECOND_FACTOR_SETUP_REQUIRED'));
  return next({ ctx: { ...ctx, auth: ctx.auth } });
});

export function roleProcedure(...allowed: Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!allowed.includes(ctx.auth.user.role)) throw toTrpcError(new AppError('FORBIDDEN'));
    return next();
  });
}

/** Facility and region administrators: staff accounts and the audit log. */
export const adminProcedure = roleProcedure(...administratorRoles);

export { TRPCError };
