/** Runs `npm run admin -- …` as the operator does (node with the CLI's loader), on a given data folder. */
import { spawn } from 'node:child_process';

export interface AdminRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Resolves when the command ends, whatever its exit code: the tests look at it and the output. */
export function runAdmin(args: string[], { dataDir, env = {} }: { dataDir: string; env?: Record<string, string> }): Promise<AdminRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', './server/cli/register.mjs', 'server/cli/admin.ts', ...args], {
      env: { ...process.env, NODE_ENV: 'production', RENRAKU_DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
