/**
 * Removes the run's temporary data folders (the servers' databases) once every spec has run.
 * Playwright stops the servers only after this, so one may still be writing a file (a photo's
 * variants) while the folder goes: retried, and a folder that will not go is reported, not a failure
 * of the run (it is a temporary folder).
 */
import fs from 'node:fs';
import { runDirEnv } from './servers';

export default function globalTeardown(): void {
  const runDir = process.env[runDirEnv];
  if (!runDir) return;
  try {
    fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    console.warn(`[e2e] could not remove ${runDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
