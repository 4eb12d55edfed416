/** Human-readable durations for configuration: `90s`, `30m`, `12h`, `30d`. */
const unitMs = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+)\s*([smhd])\s*$/.exec(text);
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = match[2] as keyof typeof unitMs;
  return amount > 0 ? amount * unitMs[unit] : null;
}
