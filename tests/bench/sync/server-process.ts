/** Starts the bench server as a child process, waits until it answers, and stops it by its pid. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { builtServerDir, serverNodeFlags } from '@/server/cli/built-server';

export interface BenchServer {
  baseUrl: string;
  pid: number;
  /** The server's peak resident memory so far (VmHWM), in MB; null when /proc cannot tell. */
  peakRssMb(): number | null;
  /** Starts the peak over from the resident memory now (Linux's clear_refs 5); false when it cannot. */
  resetPeakRss(): boolean;
  stop(): Promise<void>;
}

/** `root`: where the app is served from (its `.next`, `public`, `drizzle`); the working tree by default. */
export async function startBenchServer(options: {
  port: number;
  dataDir: string;
  root?: string;
  timeoutMs?: number;
}): Promise<BenchServer> {
  const baseUrl = `http://localhost:${options.port}`;
  // As `npm run demo` serves: the compiled server (server/cli/build-server.ts), plain JavaScript.
  // `BENCH_SERVER_PROF=<dir>`: the server's whole CPU profile, written into <dir> when it stops.
  const profile = process.env.BENCH_SERVER_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROF}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...serverNodeFlags, ...profile, path.join(builtServerDir, 'serve-demo.mjs')], {
    cwd: options.root ?? process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // As `npm start` and `npm run demo` run the server: glibc's default of one malloc arena per
      // thread per core lets sharp's and SQLite's threads hold on to memory they no longer use.
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      RENRAKU_DATA_DIR: options.dataDir,
      RENRAKU_BASE_URL: baseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error('the bench server did not start');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bench server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the bench server did not answer within the time limit:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    baseUrl,
    pid,
    peakRssMb() {
      try {
        const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match?.[1] ? Number(match[1]) / 1024 : null;
      } catch {
        return null;
      }
    },
    resetPeakRss() {
      try {
        fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    stop,
  };
}
