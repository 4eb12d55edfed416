/**
 * The report's visit calendar, filled in from the team's records (QKAN's 「実績読込」): every post of
 * a visit kind and every vital-sign reading by the station's staff in the report's months. Records
 * of one day more than two hours apart count as separate visits. The nurse then corrects it (an
 * emergency visit, one under a special instruction) — the facts are kept, the marks derived.
 */
import type { PostCategory } from '@/lib/domain/categories';
import type { Profession } from '@/lib/domain/roles';
import { japanDay } from '@/lib/time/japan-time';
import { daysOfMonth } from './calendar-days';
import type { VisitDay } from './templates/report';

/** The categories a nurse writes at a visit (a message or a meeting note may come from the office). */
export const visitCategories: readonly PostCategory[] = ['vitals', 'care', 'clinical', 'handover', 'photo', 'medication'];
const therapists: readonly Profession[] = ['pt', 'ot', 'st'];
const sameVisitMs = 2 * 3_600_000;

export interface VisitRecord {
  authorId: string;
  at: number;
  /** Posts only: records of other kinds count whatever their category. */
  category?: PostCategory;
}

export interface VisitStaff {
  facilityId: string;
  profession: Profession;
}

export function visitsFromRecords(
  records: VisitRecord[],
  staff: ReadonlyMap<string, VisitStaff>,
  facilityId: string,
  months: string[],
): VisitDay[] {
  const days = new Set(months.flatMap(daysOfMonth));
  const byDay = new Map<string, VisitRecord[]>();
  for (const record of records) {
    const person = staff.get(record.authorId);
    if (!person || person.facilityId !== facilityId) continue;
    if (record.category && !visitCategories.includes(record.category)) continue;
    const day = japanDay(record.at);
    if (!days.has(day)) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), record]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, ofDay]) => {
      const times = ofDay.map((record) => record.at).sort((a, b) => a - b);
      const count = times.filter((at, index) => index === 0 || at - (times[index - 1] ?? at) > sameVisitMs).length;
      const therapist = ofDay.some((record) => therapists.includes(staff.get(record.authorId)?.profession ?? 'nurse'));
      return { date, count, therapist, special: false, emergency: false, long: false };
    });
}

/**
 * The marks printed on a day (記載要領 and the 介護保険 form's note): ○ one visit, ◎ two or more,
 * △ under a special instruction, × an emergency visit, □ a long visit, ◇ a therapist's visit.
 */
export function visitMarks(day: VisitDay): string[] {
  const marks: string[] = [];
  if (day.count === 1) marks.push('○');
  if (day.count >= 2) marks.push('◎');
  if (day.special) marks.push('△');
  if (day.emergency) marks.push('×');
  if (day.long) marks.push('□');
  if (day.therapist) marks.push('◇');
  return marks;
}

/** The calendar with one day's facts replaced (a day with nothing left is dropped). */
export function withVisitDay(visits: VisitDay[], day: VisitDay): VisitDay[] {
  const others = visits.filter((visit) => visit.date !== day.date);
  const empty = day.count === 0 && !day.therapist && !day.special && !day.emergency && !day.long;
  return (empty ? others : [...others, day]).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The calendar once the report's months change: days outside them go (they would block finalising),
 * the days still inside keep what the nurse set, and the records fill the months newly shown.
 */
export function visitsForMonths(current: VisitDay[], found: VisitDay[], months: string[]): VisitDay[] {
  const shown = new Set(months.flatMap(daysOfMonth));
  const kept = current.filter((visit) => shown.has(visit.date));
  const keptMonths = new Set(kept.map((visit) => visit.date.slice(0, 7)));
  const added = found.filter((visit) => shown.has(visit.date) && !keptMonths.has(visit.date.slice(0, 7)));
  return [...kept, ...added].sort((a, b) => a.date.localeCompare(b.date));
}
