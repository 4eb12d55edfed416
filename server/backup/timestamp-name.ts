/** A moment as it appears in folder names: UTC to the millisecond, sorting as time does, no colons. */
import 'server-only';

export function timestampForName(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** The moment a name made by timestampForName stands for, or null for any other text. */
export function dateOfTimestampName(text: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms] = match;
  const at = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}
