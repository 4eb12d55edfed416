/** A patient's age in whole years on a given day, counted in Japan's time zone. */
import { dayKeyOf } from './day-key';

export function todayInJapan(now: number = Date.now()): string {
  return dayKeyOf(now);
}

export function ageOn(birthDate: string, today: string = todayInJapan()): number | null {
  const born = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!born || !day) return null;
  const years = Number(day[1]) - Number(born[1]);
  const beforeBirthday = `${day[2]}-${day[3]}` < `${born[2]}-${born[3]}`;
  return beforeBirthday ? years - 1 : years;
}
