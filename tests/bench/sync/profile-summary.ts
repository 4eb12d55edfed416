/**
 * A CPU profile of the page (CDP's Profiler), summarised for a bench's console: each second's
 * scripts against idle, (program) and the collector; self time per script and per function, each
 * function with the start of its minified source from the build at `buildRoot`.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Starts CDP's sampling profiler on `page` (every `intervalUs`); `stop()` ends it and hands the profile over. */
export async function startPageProfile(page: Page, intervalUs = 200): Promise<{ stop(): Promise<Profile> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      await cdp.detach();
      return profile;
    },
  };
}

export interface SummaryOptions {
  /** How many functions to list. */
  functions?: number;
  /** Only the samples in these spans, in ms after the profile's start (by script and by function). */
  windows?: Array<[number, number]>;
  /** What the profile's start is, for the per-second table's title. */
  start?: string;
}

export function summariseProfile(
  profile: Profile,
  buildRoot: string,
  { functions = 45, windows, start = 'its start, just before the sign-in' }: SummaryOptions = {},
): void {
  const byNode = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    if (!windows || windows.some(([from, to]) => at >= from && at <= to))
      byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const sources = new Map<string, string>();
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const u = url.split('/').pop() || functionName;
    byUrl.set(u, (byUrl.get(u) ?? 0) + ms);
    if (url.includes('/_next/') && !sources.has(key)) {
      const file = `${buildRoot}/.next/${url.slice(url.indexOf('/_next/') + 7)}`;
      try {
        const line = fs.readFileSync(file, 'utf8').split('\n')[lineNumber] ?? '';
        sources.set(key, line.slice(columnNumber, columnNumber + 140));
      } catch {
        sources.set(key, '?');
      }
    }
  }
  // Each second of the profile: the page's own scripts, against idle, (program) and the collector.
  const kinds = new Map(
    profile.nodes.map((node) => [
      node.id,
      ['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName) ? node.callFrame.functionName : 'scripts',
    ]),
  );
  const seconds = new Map<number, Map<string, number>>();
  let clock = 0;
  profile.samples.forEach((id, i) => {
    clock += (profile.timeDeltas[i] ?? 0) / 1000;
    const second = Math.floor(clock / 1000);
    const row = seconds.get(second) ?? new Map<string, number>();
    const kind = kinds.get(id) ?? 'scripts';
    row.set(kind, (row.get(kind) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    seconds.set(second, row);
  });
  console.log(`--- each second of the profile (from ${start}): ms of scripts / idle / program / GC`);
  for (const [second, row] of [...seconds.entries()].sort((a, b) => a[0] - b[0])) {
    const ms = (kind: string) => (row.get(kind) ?? 0).toFixed(0).padStart(4);
    console.log(`  ${String(second).padStart(3)} s  ${ms('scripts')} ${ms('(idle)')} ${ms('(program)')} ${ms('(garbage collector)')}`);
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  const spans = windows?.map(([from, to]) => `${Math.round(from)}–${Math.round(to)}`) ?? [];
  const window =
    spans.length === 0 ? '' : ` (${spans.length > 3 ? `${spans.length} spans, ${spans.slice(0, 3).join(', ')}…` : spans.join(', ')} ms)`;
  console.log(`--- by script${window}`);
  for (const [k, v] of top(byUrl, 15)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  console.log(`--- by function (self)${window}`);
  for (const [k, v] of top(self, functions)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}\n            ${sources.get(k) ?? ''}`);
}
