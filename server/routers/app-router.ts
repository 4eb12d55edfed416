/** The whole tRPC API. The browser imports only its type. */
import 'server-only';
import { createCallerFactory, createTrpcRouter } from '@/server/trpc/init';
import { applicationsRouter } from './applications';
import { auditRouter } from './audit';
import { authRouter } from './auth';
import { devicesRouter } from './devices';
import { facilityRouter } from './facility';
import { noticesRouter } from './notices';
import { notificationsRouter } from './notifications';
import { patientsRouter } from './patients';
import { regionRouter } from './region';
import { secondFactorRouter } from './second-factor';
import { staffRouter } from './staff';
import { syncRouter } from './sync';

export const appRouter = createTrpcRouter({
  applications: applicationsRouter,
  audit: auditRouter,
  auth: authRouter,
  devices: devicesRouter,
  facility: facilityRouter,
  notices: noticesRouter,
  notifications: notificationsRouter,
  patients: patientsRouter,
  region: regionRouter,
  secondFactor: secondFactorRouter,
  staff: staffRouter,
  sync: syncRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
