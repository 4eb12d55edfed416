/** Removes the run's temporary data folders (the servers' databases) once every spec has run. */
import fs from 'node:fs';
import { runDirEnv } from './servers';

export default function globalTeardown(): void {
  const runDir = process.env[runDirEnv];
  if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
}
