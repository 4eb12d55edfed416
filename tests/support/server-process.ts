/**
 * Starts a server process on a data folder, as an operator does, and kills it as a crash would.
 * With a Next build (`.next/BUILD_ID`) it is the real server (`npm start`: server/cli/start.ts,
 * with its periodic jobs); without one, the same API route handlers on a plain HTTP server
 * (tests/support/api-server.ts), since `next start` cannot serve without a build.
 * RENRAKU_TEST_SERVER=next|handlers chooses.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { serverNodeFlags } from '@/server/cli/built-server';

export type ServerKind = 'next' | 'handlers';

export function serverKind(): ServerKind {
  const chosen = process.env.RENRAKU_TEST_SERVER;
  if (chosen === 'next' || chosen === 'handlers') return chosen;
  return fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID')) ? 'next' : 'handlers';
}

export interface ServerProcess {
  kind: ServerKind;
  baseUrl: string;
  pid: number;
  /** The last few kB the process printed. */
  output(): string;
  /** Sends the signal and waits for the process to end. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /**
   * `work`, or a failure naming `what` with what the server printed once `ms` have passed: a test
   * that waits on this server then says which wait hung rather than only timing out.
   */
  within<T>(what: string, work: Promise<T>, ms: number): Promise<T>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const scripts: Record<ServerKind, string> = { next: 'server/cli/start.ts', handlers: 'tests/support/api-server.ts' };

export async function startServerProcess({
  dataDir,
  port,
  env = {},
  kind = serverKind(),
  timeoutMs = 120_000,
}: {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
  kind?: ServerKind;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const listenOn = port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${listenOn}`;
  const child = spawn(process.execPath, [...serverNodeFlags, '--import', './server/cli/register.mjs', scripts[kind]], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      MALLOC_ARENA_MAX: '2',
      PORT: String(listenOn),
      HOST: '127.0.0.1',
      RENRAKU_DATA_DIR: dataDir,
      RENRAKU_BASE_URL: baseUrl,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: ServerProcess = {
    kind,
    baseUrl,
    pid: child.pid ?? -1,
    output: () => output,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    within: (what, work, ms) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no end after ${ms} ms; the ${kind} server printed:\n${output}`)), ms);
      });
      return Promise.race([work, late]).finally(() => clearTimeout(timer));
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${kind} server exited (${child.exitCode}):\n${output}`);
    // A limit on each ask: a server that takes the connection and never answers must not hold
    // this loop past its deadline (fetch itself waits up to 5 minutes for headers).
    const answered = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return server;
    if (Date.now() > deadline) {
      await server.kill('SIGKILL');
      throw new Error(`the ${kind} server did not answer in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
