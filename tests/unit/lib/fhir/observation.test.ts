import { describe, expect, it } from 'vitest';
import { fhirProfiles, fhirSystems, observationToFhir } from '@/lib/fhir/observation';
import type { ObservationDoc } from '@/lib/schemas/observation';

const base = {
  id: '11111111-1111-4111-8111-111111111111',
  patientId: '22222222-2222-4222-8222-222222222222',
  authorId: 'nurse-1',
  measuredAt: Date.UTC(2026, 10, 2, 1, 30),
  postId: null,
  attachmentId: null,
  clientCreatedAt: 0,
  serverCreatedAt: Date.UTC(2026, 10, 2, 1, 31),
  retractedAt: null,
  retractedBy: null,
  updatedAt: 5,
} satisfies Partial<ObservationDoc>;

const vitals: ObservationDoc = {
  ...base,
  kind: 'vitals',
  woundScore: null,
  vitals: {
    temperature: 36.6,
    temperatureSite: 'axillary',
    systolic: 124,
    diastolic: 72,
    pulse: 74,
    respiratoryRate: 16,
    spo2: 93,
    oxygen: 'oxygen',
    oxygenFlow: 2,
    weight: 47.6,
  },
};

const codes = (resource: { code: { coding: Array<{ system: string; code: string }> } }) =>
  resource.code.coding.map((coding) => `${coding.system === fhirSystems.loinc ? 'LOINC' : coding.system}|${coding.code}`);

describe('observationToFhir (vital signs)', () => {
  const [panel, ...members] = observationToFhir(vitals);

  it('makes a panel (85353-1) naming one Observation per measurement', () => {
    expect(codes(panel!)).toEqual(['LOINC|85353-1']);
    expect(panel!.hasMember?.map((member) => member.reference)).toEqual(members.map((member) => `Observation/${member.id}`));
    expect(panel!.effectiveDateTime).toBe('2026-11-02T10:30:00+09:00');
    expect(panel!.subject.reference).toBe(`Patient/${base.patientId}`);
  });

  it('uses the LOINC codes and UCUM units of FORMS.md', () => {
    const byId = Object.fromEntries(members.map((member) => [member.id.slice(base.id.length + 1), member]));
    expect(codes(byId.temperature!)).toEqual(['LOINC|8310-5', 'LOINC|8328-7']);
    expect(byId.temperature!.valueQuantity).toEqual({ value: 36.6, unit: '°C', system: 'http://unitsofmeasure.org', code: 'Cel' });
    expect(codes(byId['blood-pressure']!)).toEqual(['LOINC|85354-9']);
    expect(byId['blood-pressure']!.component?.map((c) => [c.code.coding[0]?.code, c.valueQuantity?.value, c.valueQuantity?.code])).toEqual([
      ['8480-6', 124, 'mm[Hg]'],
      ['8462-4', 72, 'mm[Hg]'],
    ]);
    expect(codes(byId.pulse!)).toEqual(['LOINC|8867-4']);
    expect(byId.pulse!.valueQuantity?.code).toBe('/min');
    expect(codes(byId['respiratory-rate']!)).toEqual(['LOINC|9279-1', `${fhirSystems.medisNursing}|31001369`]);
    expect(codes(byId.spo2!)).toEqual(['LOINC|59408-5', 'LOINC|2708-6']);
    expect(byId.spo2!.valueQuantity?.code).toBe('%');
    expect(byId.spo2!.component?.[0]).toMatchObject({ code: { coding: [{ code: '3151-8' }] }, valueQuantity: { value: 2, code: 'L/min' } });
    expect(codes(byId.weight!)).toEqual(['LOINC|29463-7', `${fhirSystems.jpBodyMeasurementCode}|31000296`]);
    expect(byId.weight!.meta.profile).toEqual([fhirProfiles.bodyMeasurement]);
    expect(byId.weight!.valueQuantity?.code).toBe('kg');
  });

  it('files each under JP Core’s categories', () => {
    const temperature = members.find((member) => member.id.endsWith('-temperature'))!;
    expect(temperature.meta.profile).toEqual([fhirProfiles.vitalSigns]);
    expect(temperature.category.map((c) => c.coding[0]?.code)).toEqual(['vital-signs', 'temperature']);
  });

  it('marks a withdrawn reading entered-in-error, and leaves out what was not measured', () => {
    const withdrawn = observationToFhir({
      ...vitals,
      retractedAt: 1,
      vitals: { ...vitals.vitals!, temperature: null, temperatureSite: null, weight: null, spo2: null, oxygen: null, oxygenFlow: null },
    });
    expect(withdrawn.every((resource) => resource.status === 'entered-in-error')).toBe(true);
    expect(withdrawn.map((resource) => resource.id.slice(base.id.length))).toEqual(['', '-blood-pressure', '-pulse', '-respiratory-rate']);
  });
});

describe('observationToFhir (DESIGN-R®2020)', () => {
  it('carries the total as the value and the seven items as components, derived from the photo', () => {
    const [score] = observationToFhir({
      ...base,
      kind: 'woundScore',
      vitals: null,
      attachmentId: '33333333-3333-4333-8333-333333333333',
      woundScore: {
        site: '仙骨部',
        depth: 'D3',
        exudate: 'e1',
        size: 's6',
        inflammation: 'i0',
        granulation: 'g3',
        necrosis: 'N3',
        pocket: 'p0',
        total: 13,
      },
    });
    expect(score!.valueInteger).toBe(13);
    expect(score!.meta.profile).toEqual([fhirProfiles.common]);
    expect(score!.component?.map((c) => `${c.code.coding[0]?.code}:${c.valueCodeableConcept?.coding[0]?.code}`)).toEqual([
      'D:D3',
      'E:e1',
      'S:s6',
      'I:i0',
      'G:g3',
      'N:N3',
      'P:p0',
    ]);
    expect(score!.derivedFrom).toEqual([{ reference: 'DocumentReference/33333333-3333-4333-8333-333333333333' }]);
    expect(score!.bodySite).toEqual({ text: '仙骨部' });
  });
});
