/** The whole tRPC API. The browser imports only its type. */
import 'server-only';
import { createCallerFactory, createTrpcRouter } from '@/server/trpc/init';
import { authRouter } from './auth';

export const appRouter = createTrpcRouter({
  auth: authRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
