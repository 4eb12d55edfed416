/**
 * Vital signs and wound scores as FHIR R4 Observations shaped for JP Core (FORMS.md §6.2–6.3): the
 * LOINC code of each measure (with the MEDIS code where JP Core names one), UCUM units, the JP Core
 * categories and profiles. The patient's FHIR export (lib/fhir/bundle.ts) carries them.
 */
import type { ObservationDoc, VitalSigns, DesignRScore } from '@/lib/schemas/observation';
import { japanIsoTime } from '@/lib/time/japan-time';
import { measureSpecs, vitalPanels, type VitalMeasure } from '@/lib/vitals/vital-measures';
import { designRItems, designRScoreOf, type DesignRItem } from '@/lib/wounds/design-r';

const jpCore = 'http://jpfhir.jp/fhir/core';
export const fhirSystems = {
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  medisNursing: 'http://medis.or.jp/CodeSystem/master-nursingObservationKeyCode',
  jpBodyMeasurementCode: `${jpCore}/CodeSystem/JP_ObservationBodyMeasurementCode_CS`,
  jpSimpleCategory: `${jpCore}/CodeSystem/JP_SimpleObservationCategory_CS`,
  jpVitalSignsCategory: `${jpCore}/CodeSystem/JP_ObservationVitalSignsCategory_CS`,
  jpBodyMeasurementCategory: `${jpCore}/CodeSystem/JP_ObservationBodyMeasurementCategory_CS`,
  /** Ours: DESIGN-R®2020 has no published code system; the codes are the score sheet's (d0 … P24). */
  designRItem: 'urn:renraku:fhir:CodeSystem:design-r-2020-item',
  designRCode: 'urn:renraku:fhir:CodeSystem:design-r-2020',
} as const;
export const fhirProfiles = {
  vitalSigns: `${jpCore}/StructureDefinition/JP_Observation_VitalSigns`,
  bodyMeasurement: `${jpCore}/StructureDefinition/JP_Observation_BodyMeasurement`,
  common: `${jpCore}/StructureDefinition/JP_Observation_Common`,
} as const;

interface Coding {
  system: string;
  code: string;
  display?: string;
}
interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}
interface Component {
  code: { coding: Coding[] };
  valueQuantity?: Quantity;
  valueCodeableConcept?: { coding: Coding[] };
}
export interface FhirObservation {
  resourceType: 'Observation';
  id: string;
  meta: { profile: string[] };
  status: 'final' | 'entered-in-error';
  category: Array<{ coding: Coding[] }>;
  code: { coding: Coding[]; text?: string };
  subject: { reference: string };
  performer: Array<{ reference: string }>;
  effectiveDateTime: string;
  issued?: string;
  valueQuantity?: Quantity;
  valueInteger?: number;
  component?: Component[];
  hasMember?: Array<{ reference: string }>;
  bodySite?: { text: string };
  derivedFrom?: Array<{ reference: string }>;
}

const loinc = (code: string, display: string): Coding => ({ system: fhirSystems.loinc, code, display });
const measureCoding = (measure: VitalMeasure) => loinc(measureSpecs[measure].loinc, measureSpecs[measure].display);

function quantity(measure: VitalMeasure, value: number): Quantity {
  const spec = measureSpecs[measure];
  return { value, unit: spec.unit, system: fhirSystems.ucum, code: spec.ucum };
}

function base(doc: ObservationDoc, suffix: string, profile: string): Omit<FhirObservation, 'category' | 'code'> {
  return {
    resourceType: 'Observation',
    id: suffix ? `${doc.id}-${suffix}` : doc.id,
    meta: { profile: [profile] },
    status: doc.retractedAt === null ? 'final' : 'entered-in-error',
    subject: { reference: `Patient/${doc.patientId}` },
    performer: [{ reference: `Practitioner/${doc.authorId}` }],
    effectiveDateTime: japanIsoTime(doc.measuredAt),
    ...(doc.serverCreatedAt === null ? {} : { issued: new Date(doc.serverCreatedAt).toISOString() }),
  };
}

const vitalCategory = (code: string) => [
  { coding: [{ system: fhirSystems.jpSimpleCategory, code: 'vital-signs' }] },
  { coding: [{ system: fhirSystems.jpVitalSignsCategory, code }] },
];

/** One Observation per measurement of a reading, and the visit's panel naming them (hasMember). */
export function vitalsToFhir(doc: ObservationDoc & { vitals: VitalSigns }): FhirObservation[] {
  const v = doc.vitals;
  const members: FhirObservation[] = [];
  const vital = (suffix: string, category: string, coding: Coding[], rest: Partial<FhirObservation>) =>
    members.push({ ...base(doc, suffix, fhirProfiles.vitalSigns), category: vitalCategory(category), code: { coding }, ...rest });
  if (v.temperature !== null) {
    // 8328-7 (axillary) beside 8310-5 where the site says so (FORMS.md marks this pairing [kn]).
    const axillary = v.temperatureSite === 'axillary' ? [loinc('8328-7', 'Axillary temperature')] : [];
    vital('temperature', 'temperature', [measureCoding('temperature'), ...axillary], {
      valueQuantity: quantity('temperature', v.temperature),
      ...(v.temperatureSite ? { bodySite: { text: v.temperatureSite } } : {}),
    });
  }
  if (v.systolic !== null && v.diastolic !== null)
    vital('blood-pressure', 'blood-pressure', [loinc(vitalPanels.bloodPressure.loinc, vitalPanels.bloodPressure.display)], {
      component: [
        { code: { coding: [measureCoding('systolic')] }, valueQuantity: quantity('systolic', v.systolic) },
        { code: { coding: [measureCoding('diastolic')] }, valueQuantity: quantity('diastolic', v.diastolic) },
      ],
    });
  if (v.pulse !== null) vital('pulse', 'pulse-rate', [measureCoding('pulse')], { valueQuantity: quantity('pulse', v.pulse) });
  if (v.respiratoryRate !== null)
    vital(
      'respiratory-rate',
      'respiratory-function',
      [measureCoding('respiratoryRate'), { system: fhirSystems.medisNursing, code: '31001369', display: '呼吸数' }],
      {
        valueQuantity: quantity('respiratoryRate', v.respiratoryRate),
      },
    );
  if (v.spo2 !== null)
    vital(
      'spo2',
      'respiratory-function',
      [measureCoding('spo2'), loinc(vitalPanels.oxygenSaturation.loinc, vitalPanels.oxygenSaturation.display)],
      {
        valueQuantity: quantity('spo2', v.spo2),
        ...(v.oxygen === 'oxygen' && v.oxygenFlow !== null
          ? { component: [{ code: { coding: [measureCoding('oxygenFlow')] }, valueQuantity: quantity('oxygenFlow', v.oxygenFlow) }] }
          : {}),
      },
    );
  if (v.weight !== null)
    members.push({
      ...base(doc, 'weight', fhirProfiles.bodyMeasurement),
      category: [
        { coding: [{ system: fhirSystems.jpSimpleCategory, code: 'body-measurement' }] },
        { coding: [{ system: fhirSystems.jpBodyMeasurementCategory, code: 'weight' }] },
      ],
      code: { coding: [measureCoding('weight'), { system: fhirSystems.jpBodyMeasurementCode, code: '31000296', display: '体重' }] },
      valueQuantity: quantity('weight', v.weight),
    });
  const panel: FhirObservation = {
    ...base(doc, '', fhirProfiles.vitalSigns),
    category: [{ coding: [{ system: fhirSystems.jpSimpleCategory, code: 'vital-signs' }] }],
    code: { coding: [loinc(vitalPanels.vitalSigns.loinc, vitalPanels.vitalSigns.display)] },
    hasMember: members.map((member) => ({ reference: `Observation/${member.id}` })),
  };
  return [panel, ...members];
}

const itemLetter: Record<DesignRItem, string> = {
  depth: 'D',
  exudate: 'E',
  size: 'S',
  inflammation: 'I',
  granulation: 'G',
  necrosis: 'N',
  pocket: 'P',
};

/** A DESIGN-R®2020 score: the total as the value, each of the seven items a component, the photo it was read from. */
export function woundScoreToFhir(doc: ObservationDoc & { woundScore: DesignRScore }): FhirObservation {
  const score = doc.woundScore;
  return {
    ...base(doc, '', fhirProfiles.common),
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'exam' }] }],
    code: { coding: [{ system: fhirSystems.designRItem, code: 'total', display: 'DESIGN-R2020 total' }], text: 'DESIGN-R®2020' },
    valueInteger: score.total,
    component: designRItems.map((item) => ({
      code: { coding: [{ system: fhirSystems.designRItem, code: itemLetter[item] }] },
      valueCodeableConcept: {
        coding: [{ system: fhirSystems.designRCode, code: score[item], display: `${score[item]} (${designRScoreOf(item, score[item])})` }],
      },
    })),
    ...(score.site ? { bodySite: { text: score.site } } : {}),
    // The photo, a DocumentReference in the export (JP Core allows derivedFrom to name one).
    ...(doc.attachmentId ? { derivedFrom: [{ reference: `DocumentReference/${doc.attachmentId}` }] } : {}),
  };
}

/** Any observation, as the Observations it stands for. */
export function observationToFhir(doc: ObservationDoc): FhirObservation[] {
  if (doc.kind === 'vitals' && doc.vitals) return vitalsToFhir({ ...doc, vitals: doc.vitals });
  if (doc.kind === 'woundScore' && doc.woundScore) return [woundScoreToFhir({ ...doc, woundScore: doc.woundScore })];
  return [];
}
