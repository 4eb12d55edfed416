/**
 * The vital signs a visiting nurse records (FORMS.md §4, §6.2): each with its LOINC code and UCUM
 * unit, the precision it is written with, the range a reading must fall in to be taken at all, and
 * the usual adult range (shaded on the charts; a reading outside it is taken with a warning).
 * The usual ranges are reference values for display, not diagnostic thresholds.
 */

export const vitalMeasures = ['temperature', 'systolic', 'diastolic', 'pulse', 'respiratoryRate', 'spo2', 'oxygenFlow', 'weight'] as const;
export type VitalMeasure = (typeof vitalMeasures)[number];

export interface MeasureSpec {
  loinc: string;
  /** The LOINC display name. */
  display: string;
  /** UCUM code. */
  ucum: string;
  /** As people write it. */
  unit: string;
  /** Decimals written (0.1 °C, 1 mmHg). */
  decimals: number;
  /** Outside this, the value is refused: no living patient reads 300/20. */
  plausible: readonly [number, number];
  /** The usual adult range, inclusive; null where there is none to show (body weight). */
  normal: readonly [number, number] | null;
}

export const measureSpecs: Record<VitalMeasure, MeasureSpec> = {
  // 36.0–37.4: ≥ 37.5 is 発熱 (FORMS.md §4, marked [kn]).
  temperature: {
    loinc: '8310-5',
    display: 'Body temperature',
    ucum: 'Cel',
    unit: '°C',
    decimals: 1,
    plausible: [32, 43],
    normal: [36, 37.4],
  },
  // Upper bounds: JSH2019 office hypertension starts at 140/90 ([src]); the lower bounds (90/50) are [kn].
  systolic: {
    loinc: '8480-6',
    display: 'Systolic blood pressure',
    ucum: 'mm[Hg]',
    unit: 'mmHg',
    decimals: 0,
    plausible: [50, 250],
    normal: [90, 139],
  },
  diastolic: {
    loinc: '8462-4',
    display: 'Diastolic blood pressure',
    ucum: 'mm[Hg]',
    unit: 'mmHg',
    decimals: 0,
    plausible: [30, 150],
    normal: [50, 89],
  },
  pulse: { loinc: '8867-4', display: 'Heart rate', ucum: '/min', unit: '/min', decimals: 0, plausible: [20, 250], normal: [60, 100] },
  respiratoryRate: {
    loinc: '9279-1',
    display: 'Respiratory rate',
    ucum: '/min',
    unit: '/min',
    decimals: 0,
    plausible: [4, 60],
    normal: [12, 20],
  },
  spo2: {
    loinc: '59408-5',
    display: 'Oxygen saturation in Arterial blood by Pulse oximetry',
    ucum: '%',
    unit: '%',
    decimals: 0,
    plausible: [50, 100],
    normal: [96, 100],
  },
  oxygenFlow: {
    loinc: '3151-8',
    display: 'Inhaled oxygen flow rate',
    ucum: 'L/min',
    unit: 'L/min',
    decimals: 1,
    plausible: [0.1, 15],
    normal: null,
  },
  weight: { loinc: '29463-7', display: 'Body weight', ucum: 'kg', unit: 'kg', decimals: 1, plausible: [2, 300], normal: null },
};

/** LOINC panels the readings belong to (FORMS.md §6.2). */
export const vitalPanels = {
  vitalSigns: { loinc: '85353-1', display: 'Vital signs, weight, height, head circumference, oxygen saturation and BMI panel' },
  bloodPressure: { loinc: '85354-9', display: 'Blood pressure panel with all children optional' },
  /** The base FHIR `oxygensat` profile expects this code beside 59408-5. */
  oxygenSaturation: { loinc: '2708-6', display: 'Oxygen saturation in Arterial blood' },
} as const;

/** A value rounded to the precision its measure is written with. */
export function roundMeasure(measure: VitalMeasure, value: number): number {
  const factor = 10 ** measureSpecs[measure].decimals;
  return Math.round(value * factor) / factor;
}
