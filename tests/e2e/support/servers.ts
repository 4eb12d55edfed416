/**
 * The demo servers the e2e run starts (see playwright.config.ts) and where their data lives. The
 * config makes one temporary folder per run and passes it to the workers in the environment, so a
 * test can point the admin CLI at the very database its server is using.
 */
import path from 'node:path';

export const runDirEnv = 'RENRAKU_E2E_RUN_DIR';

/** Two checkouts can run their suites side by side on one machine with different bases. */
const portBase = Number(process.env.RENRAKU_E2E_PORT_BASE ?? 3100);

export const servers = {
  /** Everything except the session-expiry test runs here. */
  main: { port: portBase, idleTimeout: '12h' },
  /** Sessions end after four seconds without activity. */
  shortIdle: { port: portBase + 1, idleTimeout: '4s' },
} as const;

export type ServerName = keyof typeof servers;

export function baseUrlOf(name: ServerName): string {
  return `http://localhost:${servers[name].port}`;
}

export function dataDirOf(name: ServerName): string {
  const runDir = process.env[runDirEnv];
  if (!runDir) throw new Error(`${runDirEnv} is not set: run the e2e tests through playwright.config.ts.`);
  return path.join(runDir, name);
}
