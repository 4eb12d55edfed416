/**
 * The demo servers the e2e run starts (see playwright.config.ts) and where their data lives. The
 * config makes one temporary folder per run and passes it to the workers in the environment, so a
 * test can point the admin CLI at the very database its server is using.
 */
import path from 'node:path';

export const runDirEnv = 'RENRAKU_E2E_RUN_DIR';

/** Two checkouts can run their suites side by side on one machine with different bases. */
const portBase = Number(process.env.RENRAKU_E2E_PORT_BASE ?? 3100);

/** servers.shortIdle's idle timeout, in ms. */
export const shortIdleMs = 10_000;

export const servers = {
  /** Everything except the session-expiry test runs here. */
  main: { port: portBase, idleTimeout: '12h' },
  /**
   * Sessions end after ten seconds without activity. (Four seconds was too short for CI's busy
   * two cores: a first sync could pause that long between its requests, and the session ran out
   * before the test had gone offline — ci40, ci42.)
   */
  shortIdle: { port: portBase + 1, idleTimeout: `${shortIdleMs / 1000}s` },
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
