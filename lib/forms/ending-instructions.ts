/**
 * Which patients' visiting nursing instructions (訪問看護指示書) end soon or have just ended, for the
 * home screen's warning. Only each series' newest finalised version counts: a correction replaces
 * the period of the version it corrects, shorter or longer; a new instruction extends the patient's.
 */
import type { FormDoc } from '@/lib/schemas/form';
import { daysBetween } from './calendar-days';

/** Days before its end that an instruction is named. */
export const expiryWarningDays = 14;
/** Days after its end that an instruction not yet renewed is still named. */
const endedShownDays = 30;

export interface EndingInstruction {
  patientId: string;
  name: string;
  /** The last day covered, YYYY-MM-DD. */
  end: string;
  /** Days from today to the end: 0 on the last day, negative once ended. */
  daysLeft: number;
}

type InstructionFields = Pick<FormDoc, 'patientId' | 'template' | 'status' | 'seriesId' | 'version' | 'periodEnd'>;

/** Each patient's instruction that covers the furthest, when it ends soon or has just ended. */
export function endingInstructions(forms: InstructionFields[], patients: ReadonlyMap<string, string>, today: string): EndingInstruction[] {
  const current = new Map<string, InstructionFields>();
  for (const form of forms) {
    if (form.template !== 'visitingNursingInstruction' || form.status !== 'final') continue;
    const known = current.get(form.seriesId);
    if (!known || form.version > known.version) current.set(form.seriesId, form);
  }
  const furthest = new Map<string, string>();
  for (const form of current.values()) {
    if (!form.periodEnd) continue;
    const known = furthest.get(form.patientId);
    if (!known || form.periodEnd > known) furthest.set(form.patientId, form.periodEnd);
  }
  return [...furthest]
    .filter(([patientId]) => patients.has(patientId))
    .map(([patientId, end]) => ({ patientId, name: patients.get(patientId) ?? '', end, daysLeft: daysBetween(today, end) }))
    .filter((ending) => ending.daysLeft <= expiryWarningDays && ending.daysLeft >= -endedShownDays)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
