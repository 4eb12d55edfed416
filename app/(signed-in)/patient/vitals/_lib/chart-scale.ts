/** The arithmetic of the trend charts: a value's place on an axis, round tick values, the period shown. */

export interface Scale {
  (value: number): number;
  domain: readonly [number, number];
}

/** Maps [d0, d1] onto [r0, r1] (a flat domain maps to the middle). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = ((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0))) as Scale;
  scale.domain = domain;
  return scale;
}

/** About `count` round values covering [min, max] (steps of 1, 2 or 5 × a power of ten). */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (min === max) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? raw;
  const ticks: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step / 1e6; value += step) ticks.push(Number(value.toFixed(6)));
  return ticks;
}

/** The value range an axis shows: the data and the usual band, with a margin, on round numbers. */
export function valueDomain(values: number[], band: readonly [number, number] | null, margin: number): [number, number] {
  const all = [...values, ...(band ?? [])];
  if (all.length === 0) return [0, 1];
  const low = Math.min(...all) - margin;
  const high = Math.max(...all) + margin;
  return [Math.floor(low / margin) * margin, Math.ceil(high / margin) * margin];
}

export const chartRanges = ['twoWeeks', 'threeMonths', 'all'] as const;
export type ChartRange = (typeof chartRanges)[number];

const day = 86_400_000;
const rangeLength: Record<Exclude<ChartRange, 'all'>, number> = { twoWeeks: 14 * day, threeMonths: 91 * day };

/** The time span a chart shows: the last two weeks or three months, or from the first reading. */
export function timeDomain(range: ChartRange, times: number[], now: number): [number, number] {
  if (range !== 'all') return [now - rangeLength[range], now];
  const first = times.length > 0 ? Math.min(...times) : now - 14 * day;
  return [Math.min(first, now - day), now];
}
