/** Timing and memory helpers of the image bench. */

export async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * Runs each of `runs` in turn, `iterations` times over, after `warmUp` untimed rounds; interleaving
 * them means a change in the machine's load slows both alike. Returns each one's samples in ms.
 */
export async function interleaved(
  runs: Record<string, () => Promise<unknown>>,
  iterations: number,
  warmUp: number,
): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
  for (let round = 0; round < warmUp + iterations; round += 1) {
    for (const [name, run] of Object.entries(runs)) {
      const ms = await timed(run);
      if (round >= warmUp) samples[name]?.push(ms);
    }
  }
  return samples;
}

/** Samples the resident set size every `intervalMs` until stopped; all figures in MB. */
export function sampleRss(intervalMs = 10) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  return {
    peakMb: () => Math.max(peak, process.memoryUsage().rss) / 1e6,
    reset: () => {
      peak = process.memoryUsage().rss;
    },
    stop: () => clearInterval(timer),
  };
}

/** The kernel's own peak for the whole process (ru_maxrss), which no interval can miss. */
export const maxRssMb = () => (process.resourceUsage().maxRSS * 1024) / 1e6;
