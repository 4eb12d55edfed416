/**
 * The demo's server: serves the demo database that `npm run demo` has just seeded (server/cli/demo.ts),
 * or the one the sync benchmark seeded. Compiled by `npm run build` into .next/renraku-server.
 */
import { runCli } from './run-cli';

await runCli(async () => {
  const { serve } = await import('./serve');
  await serve('demo');
});
