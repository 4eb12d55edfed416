/** The whole tRPC API. The browser imports only its type. */
import 'server-only';
import { createCallerFactory, createTrpcRouter } from '@/server/trpc/init';
import { auditRouter } from './audit';
import { authRouter } from './auth';
import { patientsRouter } from './patients';
import { staffRouter } from './staff';
import { syncRouter } from './sync';

export const appRouter = createTrpcRouter({
  audit: auditRouter,
  auth: authRouter,
  patients: patientsRouter,
  staff: staffRouter,
  sync: syncRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
