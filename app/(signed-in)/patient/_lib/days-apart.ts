/** How many calendar days (in Japan) lie between two moments: "14 days later" under a compared photo. */
import { dayKeyOf } from './day-key';

const dayMs = 86_400_000;

export function daysApart(earlier: number, later: number): number {
  // Day keys are YYYY-MM-DD; read as UTC midnights they differ by whole days, whatever the hour taken.
  return Math.round((Date.parse(dayKeyOf(later)) - Date.parse(dayKeyOf(earlier))) / dayMs);
}
