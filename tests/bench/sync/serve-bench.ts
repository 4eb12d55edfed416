/**
 * The benchmark's server: the built app over a database the bench seeded (a demo database), the
 * way `npm run demo` serves it but without reseeding. Configured by the environment (server/env.ts).
 */
import { runCli } from '@/server/cli/run-cli';
import { serve } from '@/server/cli/serve';

await runCli(() => serve('demo'));
