'use client';
/** A reading's values as screens show them: label, value with unit, and whether it is outside the usual range. */
import type { ObservationDoc } from '@/lib/schemas/observation';
import { outsideNormal } from '@/lib/vitals/check-vitals';
import { measureSpecs } from '@/lib/vitals/vital-measures';
import { useI18n } from '@/app/_lib/i18n';

export interface ShownValue {
  key: string;
  label: string;
  text: string;
  outside: 'high' | 'low' | null;
}

export function useVitalValues(reading: Pick<ObservationDoc, 'vitals'>): ShownValue[] {
  const { t } = useI18n();
  const v = reading.vitals;
  if (!v) return [];
  const fixed = (value: number, measure: 'temperature' | 'weight') => value.toFixed(measureSpecs[measure].decimals);
  const shown: ShownValue[] = [];
  if (v.temperature !== null)
    shown.push({
      key: 'temperature',
      label: t('vitals.measure.temperature'),
      text: `${fixed(v.temperature, 'temperature')} °C`,
      outside: outsideNormal('temperature', v.temperature),
    });
  if (v.systolic !== null && v.diastolic !== null)
    shown.push({
      key: 'bp',
      label: t('vitals.bloodPressure'),
      text: `${v.systolic}/${v.diastolic} mmHg`,
      outside: outsideNormal('systolic', v.systolic) ?? outsideNormal('diastolic', v.diastolic),
    });
  if (v.pulse !== null)
    shown.push({ key: 'pulse', label: t('vitals.measure.pulse'), text: `${v.pulse} /min`, outside: outsideNormal('pulse', v.pulse) });
  if (v.respiratoryRate !== null)
    shown.push({
      key: 'rr',
      label: t('vitals.measure.respiratoryRate'),
      text: `${v.respiratoryRate} /min`,
      outside: outsideNormal('respiratoryRate', v.respiratoryRate),
    });
  if (v.spo2 !== null)
    shown.push({
      key: 'spo2',
      label: t('vitals.measure.spo2'),
      text: `${v.spo2} % (${v.oxygen === 'oxygen' ? `${t('vitals.oxygen.oxygen')} ${v.oxygenFlow ?? ''} L/min` : t('vitals.oxygen.roomAir')})`,
      outside: outsideNormal('spo2', v.spo2),
    });
  if (v.weight !== null)
    shown.push({ key: 'weight', label: t('vitals.measure.weight'), text: `${fixed(v.weight, 'weight')} kg`, outside: null });
  return shown;
}
