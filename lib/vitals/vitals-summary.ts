/**
 * A reading as one line of the abbreviations Japanese charting uses (BT 36.6℃ BP 124/72 P 74 …):
 * the text of the post a reading is posted with, readable by anyone whatever their language.
 */
import type { VitalSigns } from '@/lib/schemas/observation';

const fixed = (value: number, decimals: number) => value.toFixed(decimals);

export function vitalsSummary(vitals: VitalSigns): string {
  const parts: string[] = [];
  if (vitals.temperature !== null) parts.push(`BT ${fixed(vitals.temperature, 1)}℃`);
  if (vitals.systolic !== null && vitals.diastolic !== null) parts.push(`BP ${vitals.systolic}/${vitals.diastolic}`);
  if (vitals.pulse !== null) parts.push(`P ${vitals.pulse}`);
  if (vitals.respiratoryRate !== null) parts.push(`R ${vitals.respiratoryRate}`);
  if (vitals.spo2 !== null)
    parts.push(
      vitals.oxygen === 'oxygen' && vitals.oxygenFlow !== null
        ? `SpO2 ${vitals.spo2}%（O2 ${vitals.oxygenFlow}L/分）`
        : `SpO2 ${vitals.spo2}%`,
    );
  if (vitals.weight !== null) parts.push(`体重 ${fixed(vitals.weight, 1)}kg`);
  return parts.join(' ');
}
