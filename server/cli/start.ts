/** `npm start`: serves a production database. It never creates demo accounts. */
import { runCli } from './run-cli';

await runCli(async () => {
  const { serve } = await import('./serve');
  await serve('production');
});
