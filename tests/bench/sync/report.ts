/** The bench's output: a plain table for people, and one JSON line for machines. */

export interface Row {
  figure: string;
  value: string;
  target: string;
  /** null: no target, or not measured. */
  met: boolean | null;
}

export const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function printTable(rows: Row[]): void {
  const cells = rows.map((row) => [row.figure, row.value, row.target, row.met === null ? '' : row.met ? 'yes' : 'MISS']);
  const header = ['figure', 'value', 'target', 'met?'];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => (cell[i] ?? '').length)));
  const line = (cell: string[]) =>
    cell
      .map((text, i) => text.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cell of cells) console.log(line(cell));
}

export function printJson(results: unknown): void {
  console.log(`BENCH_SYNC_JSON ${JSON.stringify(results)}`);
}
