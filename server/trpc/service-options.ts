/** The options object the auth services take, read off a procedure's context. */
import 'server-only';
import type { AuthServiceOptions } from '@/server/services/auth/auth-context';
import type { TrpcContext } from './context';

export function authServiceOptions(ctx: TrpcContext): AuthServiceOptions {
  return { db: ctx.db, config: ctx.config, cookies: ctx.cookies, request: { ip: ctx.request.ip, userAgent: ctx.request.userAgent } };
}
