/**
 * Processor time of everything the bench started — the server, and each of Chromium's processes
 * by type (browser, renderer, network service…) — split by thread, read from `/proc` (Linux). On
 * this two-core machine a first sync is bound by the processor (stop 44), so where its time goes
 * is where its processor time goes: in the page's main thread, in the browser process's thread
 * pool (where IndexedDB's LevelDB writes and compacts), in the server.
 */
import fs from 'node:fs';

/** Milliseconds of processor time by `process type / thread name`. */
export type CpuSample = Map<string, number>;

/** Clock ticks a second, as `/proc/<pid>/stat` counts (`getconf CLK_TCK`, 100 on Linux). */
const ticksPerSecond = 100;

function statFields(file: string): { name: string; fields: string[] } | null {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const close = text.lastIndexOf(')');
    return { name: text.slice(text.indexOf('(') + 1, close), fields: text.slice(close + 2).split(' ') };
  } catch {
    return null;
  }
}

/** Every process below `root`, found through each process's parent. */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statFields(`/proc/${entry}/stat`);
    if (stat) parents.set(Number(entry), Number(stat.fields[1]));
  }
  const found = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!found.has(pid) && (parent === root || found.has(parent))) {
        found.add(pid);
        grew = true;
      }
    }
  }
  return [...found];
}

/** `server`, or Chromium's process type (`renderer`, `utility:NetworkService`…; its main process `browser`). */
function processKind(pid: number): string | null {
  let command: string;
  try {
    command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
  if (command.includes('serve-demo')) return 'server';
  if (!/chrom/i.test(command)) return null;
  const type = /--type=([^\s\0]+)/.exec(command)?.[1];
  const utility = /--utility-sub-type=([^\s\0]+)/.exec(command)?.[1];
  if (!type) return 'browser';
  return utility ? `${type}:${utility.split('.').pop()}` : type;
}

/** The processor time so far of the server and the browsers this process started, by process type and thread. */
export function sampleCpu(): CpuSample {
  const sample: CpuSample = new Map();
  for (const pid of descendants(process.pid)) {
    const kind = processKind(pid);
    if (!kind) continue;
    let threads: string[];
    try {
      threads = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const thread of threads) {
      const stat = statFields(`/proc/${pid}/task/${thread}/stat`);
      if (!stat) continue;
      // utime and stime, the 14th and 15th fields of stat (the 12th and 13th after the name).
      const ms = ((Number(stat.fields[11]) + Number(stat.fields[12])) * 1000) / ticksPerSecond;
      // Numbered threads of one pool (ThreadPoolForeg, V8 workers) count as one.
      const key = `${kind} / ${stat.name.replace(/\d+$/, '')}`;
      sample.set(key, (sample.get(key) ?? 0) + ms);
    }
  }
  return sample;
}

/** What was spent between two samples, largest first; threads under `minMs` left out. */
export function cpuBetween(before: CpuSample, after: CpuSample, minMs = 100): Array<[string, number]> {
  return [...after]
    .map(([key, ms]): [string, number] => [key, ms - (before.get(key) ?? 0)])
    .filter(([, ms]) => ms >= minMs)
    .sort((a, b) => b[1] - a[1]);
}

/** The whole processor time between two samples, in ms. */
export function cpuTotal(before: CpuSample, after: CpuSample): number {
  return cpuBetween(before, after, 0).reduce((sum, [, ms]) => sum + ms, 0);
}

/** Prints `label`'s processor time, in all and by thread. */
export function printCpu(label: string, before: CpuSample, after: CpuSample): void {
  console.log(`  ${label}: processor ${(cpuTotal(before, after) / 1000).toFixed(1)} s`);
  for (const [key, ms] of cpuBetween(before, after)) console.log(`    ${(ms / 1000).toFixed(2).padStart(6)} s  ${key}`);
}

/**
 * Waits until the browser's processes have been nearly idle (under 5 % of a core) for half a
 * second, at most `timeoutMs`; resolves with how long it waited. After a first sync the app
 * still reads and decrypts every post for a while (What's new's count, search's index), and
 * IndexedDB compacts what it wrote: a measurement started then shares the device with them.
 * Where `/proc` cannot be read it does not wait.
 */
export async function waitForQuietBrowser(timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  const browserMs = (sample: CpuSample) => [...sample].filter(([key]) => !key.startsWith('server')).reduce((sum, [, ms]) => sum + ms, 0);
  let before = sampleCpu();
  while (before.size > 0 && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = sampleCpu();
    if (browserMs(after) - browserMs(before) < 25) break;
    before = after;
  }
  return Date.now() - started;
}
