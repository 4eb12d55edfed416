/**
 * Runs a CLI's main function and turns a failure into a readable message and exit code 1.
 * Mains import their modules dynamically, so a bad configuration (thrown while server/env.ts
 * loads) is reported here too.
 */
import { AppError } from '@/lib/errors/app-error';

export async function runCli(main: () => Promise<unknown>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof AppError) console.error(`Refused: ${error.code}${error.details ? ` ${JSON.stringify(error.details)}` : ''}`);
    else if (error instanceof Error && error.name === 'EnvError') console.error(error.message);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
