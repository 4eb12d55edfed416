/**
 * Reads a vitals entry as typed and says what is wrong with it: a value outside the plausible range
 * is refused, naming the range; one outside the usual range is taken with a warning. The same
 * ranges bound the schema (lib/schemas/observation.ts), so the server refuses what slips past.
 */
import type { VitalSigns } from '@/lib/schemas/observation';
import { measureSpecs, roundMeasure, vitalMeasures, type VitalMeasure } from './vital-measures';

export type VitalsInput = Record<VitalMeasure, string> & Pick<VitalSigns, 'temperatureSite' | 'oxygen'>;

export type VitalProblem =
  | { measure: VitalMeasure; kind: 'notNumber' }
  | { measure: VitalMeasure; kind: 'implausible'; min: number; max: number }
  | { measure: VitalMeasure; kind: 'high' | 'low'; min: number; max: number }
  | { measure: 'diastolic'; kind: 'notBelowSystolic' }
  | { measure: 'systolic' | 'diastolic'; kind: 'pairMissing' }
  | { measure: 'oxygenFlow'; kind: 'flowNeeded' }
  | { measure: 'temperature'; kind: 'nothing' };

export interface VitalsCheck {
  /** The reading, when nothing refuses it. */
  vitals: VitalSigns | null;
  /** Refusals: the reading cannot be saved until they are fixed. */
  errors: VitalProblem[];
  /** Taken, but outside the usual adult range. */
  warnings: VitalProblem[];
}

export const emptyVitalsInput: VitalsInput = {
  temperature: '',
  systolic: '',
  diastolic: '',
  pulse: '',
  respiratoryRate: '',
  spo2: '',
  oxygenFlow: '',
  weight: '',
  temperatureSite: 'axillary',
  oxygen: 'roomAir',
};

/** A typed number: full-width digits and a comma for the decimal point are accepted (Japanese IMEs). */
export function readNumber(typed: string): number | null | 'invalid' {
  const text = typed
    .trim()
    .replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : 'invalid';
}

export function checkVitals(input: VitalsInput): VitalsCheck {
  const errors: VitalProblem[] = [];
  const warnings: VitalProblem[] = [];
  const values = {} as Record<VitalMeasure, number | null>;
  for (const measure of vitalMeasures) {
    const read = measure === 'oxygenFlow' && input.oxygen !== 'oxygen' ? null : readNumber(input[measure]);
    values[measure] = null;
    if (read === 'invalid') {
      errors.push({ measure, kind: 'notNumber' });
      continue;
    }
    if (read === null) continue;
    const value = roundMeasure(measure, read);
    const { plausible, normal } = measureSpecs[measure];
    if (value < plausible[0] || value > plausible[1]) {
      errors.push({ measure, kind: 'implausible', min: plausible[0], max: plausible[1] });
      continue;
    }
    values[measure] = value;
    if (normal && (value < normal[0] || value > normal[1]))
      warnings.push({ measure, kind: value < normal[0] ? 'low' : 'high', min: normal[0], max: normal[1] });
  }
  const { systolic, diastolic } = values;
  if ((systolic === null) !== (diastolic === null) && !errors.some((e) => e.measure === 'systolic' || e.measure === 'diastolic'))
    errors.push({ measure: systolic === null ? 'systolic' : 'diastolic', kind: 'pairMissing' });
  if (systolic !== null && diastolic !== null && diastolic >= systolic) errors.push({ measure: 'diastolic', kind: 'notBelowSystolic' });
  if (input.oxygen === 'oxygen' && values.oxygenFlow === null && !errors.some((e) => e.measure === 'oxygenFlow'))
    errors.push({ measure: 'oxygenFlow', kind: 'flowNeeded' });
  const measuredAny = vitalMeasures.some((measure) => measure !== 'oxygenFlow' && values[measure] !== null);
  if (!measuredAny && errors.length === 0) errors.push({ measure: 'temperature', kind: 'nothing' });
  if (errors.length > 0) return { vitals: null, errors, warnings };
  return {
    vitals: {
      ...values,
      temperatureSite: values.temperature === null ? null : input.temperatureSite,
      oxygen: values.spo2 === null ? null : input.oxygen,
      oxygenFlow: values.spo2 === null ? null : values.oxygenFlow,
    },
    errors,
    warnings,
  };
}

/** Where a recorded value stands against the usual range (for marking it in tables and cards). */
export function outsideNormal(measure: VitalMeasure, value: number | null): 'high' | 'low' | null {
  const normal = measureSpecs[measure].normal;
  if (value === null || !normal) return null;
  return value < normal[0] ? 'low' : value > normal[1] ? 'high' : null;
}
